"""iCalendar text helpers for the train20 event split (issue 4).

Each event is written out by hand in the train20ev_* modules as a list of unfolded content lines; these helpers
only fold, escape, add time-zone blocks and wrap the calendar.
"""

from __future__ import annotations

from dataclasses import dataclass

ME = "dan.kim.uk@gmail.com"
WORK = "daniel.kim@ledgerly.io"


@dataclass(frozen=True)
class Item:
    """One generated .ics file and its label row."""

    kind: str
    lang: str
    text: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: tuple[str, ...] = ()
    trap: str = ""


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
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
    return "\r\n".join(out)


_TZ: dict[str, tuple[str, str, str, str]] = {
    # name: (standard offset, daylight offset, standard abbreviation, daylight abbreviation)
    "Europe/London": ("+0000", "+0100", "GMT", "BST"),
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "GMT Standard Time": ("+0000", "+0100", "", ""),
    "W. Europe Standard Time": ("+0100", "+0200", "", ""),
    "Romance Standard Time": ("+0100", "+0200", "", ""),
    "(UTC+00:00) Dublin, Edinburgh, Lisbon, London": ("+0000", "+0100", "", ""),
}


def vtimezone(tzid: str) -> list[str]:
    """A VTIMEZONE block with the EU rules (last Sunday of March / October)."""
    std, dst, std_name, dst_name = _TZ[tzid]
    quoted = tzid
    lines = ["BEGIN:VTIMEZONE", f"TZID:{quoted}"]
    if tzid.startswith("Europe/"):
        lines.append(f"X-LIC-LOCATION:{tzid}")
    lines.append("BEGIN:STANDARD")
    lines.append("DTSTART:16011028T030000" if not tzid.startswith("Europe/") else "DTSTART:19701025T030000")
    lines += [f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"]
    if std_name:
        lines.append(f"TZNAME:{std_name}")
    lines += ["END:STANDARD", "BEGIN:DAYLIGHT"]
    lines.append("DTSTART:16010325T010000" if not tzid.startswith("Europe/") else "DTSTART:19700329T010000")
    lines += [f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"]
    if dst_name:
        lines.append(f"TZNAME:{dst_name}")
    lines += ["END:DAYLIGHT", "END:VTIMEZONE"]
    return lines


def cal(
    prodid: str,
    events: list[list[str]],
    *,
    tzids: tuple[str, ...] = (),
    method: str = "",
    header: tuple[str, ...] = (),
) -> str:
    """Wrap hand-written VEVENT bodies (without BEGIN/END) in a VCALENDAR and fold every line."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(header)
    for tzid in tzids:
        lines += vtimezone(tzid)
    for body in events:
        lines.append("BEGIN:VEVENT")
        lines += body
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def uid_of(text: str) -> str:
    """The first UID in an unfolded calendar text."""
    unfolded = text.replace("\r\n ", "").replace("\r\n\t", "")
    for line in unfolded.split("\r\n"):
        if line.startswith("UID:"):
            return line[4:]
    raise ValueError("no UID")


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 14.6//EN"
IOS = "-//Apple Inc.//iOS 17.5//EN"
ZOOM_HOWTO = (
    "Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pw}\n\n---\n\n"
    "One tap mobile\n+442034815240,,{tap}# United Kingdom\n+442039017895,,{tap}# United Kingdom"
)
TEAMS = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
    "Meeting ID: {num}\nPasscode: {pw}\nDownload Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | "
    "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
    "________________________________________________________________________________"
)
MEET = (
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    "Join with Google Meet: https://meet.google.com/{code}\n"
    "Or dial: (GB) +44 20 3937 {pin} PIN: {pin2}#\n"
    "More phone numbers: https://tel.meet/{code}?pin={pin2}\n\n"
    "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
    "Please do not edit this section.\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)
WEBEX = (
    "-- Do not delete or change any of the following text. --\n\n"
    "When it's time, join the Webex meeting here.\n\nMeeting number (access code): {num}\nMeeting password: {pw}\n\n"
    "Join meeting\nhttps://{site}.webex.com/{site}/j.php?MTID=m{mid}\n\n"
    "Tap to join from a mobile device (attendees only)\n+44-20-7660-8149,,{num2}## United Kingdom toll"
)
