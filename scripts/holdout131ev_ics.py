"""Shared helpers for the holdout131 event corpus (DeShawn Carter, PE teacher and head football coach near Houston).

Everything here is plain text building: escaping, line folding, VTIMEZONE blocks and the calendar wrapper.
The events themselves are written by hand in the holdout131ev_pos_*.py and holdout131ev_neg_*.py modules.
"""

from __future__ import annotations

from dataclasses import dataclass

ME_FREE = "deshawn.carter.coach@yahoo.com"
ME_WORK = "dcarter@cypressbayou-isd.org"
ME_CN = "DeShawn Carter"


@dataclass
class Ev:
    kind: str
    uid: str
    ics: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Fold one content line at 75 octets without splitting a UTF-8 sequence."""
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


def finish(text: str) -> str:
    """Turn a template (LF, unfolded except hand-folded lines) into CRLF iCalendar text."""
    lines: list[str] = []
    for raw in text.strip("\n").split("\n"):
        if not raw:
            continue
        if raw.startswith((" ", "\t")):
            lines.append(raw)
        else:
            lines.extend(fold(raw))
    return "\r\n".join(lines) + "\r\n"


VTZ_CHICAGO = """BEGIN:VTIMEZONE
TZID:America/Chicago
X-LIC-LOCATION:America/Chicago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_DENVER = """BEGIN:VTIMEZONE
TZID:America/Denver
BEGIN:DAYLIGHT
TZOFFSETFROM:-0700
TZOFFSETTO:-0600
TZNAME:MDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0700
TZNAME:MST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


def vtz_windows(tzid: str) -> str:
    """An Outlook-style VTIMEZONE for US Central time under a Windows or "(UTC-06:00) ..." name."""
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


WIN_CENTRAL = "Central Standard Time"
UTC_CENTRAL = "(UTC-06:00) Central Time (US & Canada)"


def cal(body: str, prodid: str, *, method: str | None = "REQUEST", tz: str = "",
        head: str = "") -> str:
    """Wrap VEVENT text into a VCALENDAR; tz is a full VTIMEZONE block or empty; head adds X-WR-* lines."""
    parts = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        parts.append(f"METHOD:{method}")
    if head:
        parts.append(head.strip("\n"))
    if tz:
        parts.append(tz.strip("\n"))
    parts.append(body.strip("\n"))
    parts.append("END:VCALENDAR")
    return finish("\n".join(parts))


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iOS 17.4//EN"
APPLE_MAC = "-//Apple Inc.//macOS 14.4//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"

MEET = ("Join with Google Meet\n{url}\nJoin by phone\n(US) +1 {phone} PIN: {pin}#\n"
        "More phone numbers: https://tel.meet/{code}?pin={pin}")


def meet(code: str, phone: str = "475-222-0931", pin: str = "118 402 557") -> str:
    return MEET.format(url=f"https://meet.google.com/{code}", phone=phone, pin=pin, code=code)


def teams(meeting_id: str, passcode: str) -> str:
    return ("________________________________________________________________________________\n"
            "Microsoft Teams Need help?\n"
            "Join the meeting now\n"
            f"Meeting ID: {meeting_id}\nPasscode: {passcode}\n"
            "________________________________\n"
            "Dial in by phone\n+1 469-208-1733,,518240667# United States, Dallas\n"
            "Find a local number\nPhone conference ID: 518 240 667#\n"
            "For organizers: Meeting options | Reset dial-in PIN\n"
            "________________________________________________________________________________")


def zoom(mid: str, pwd: str, host: str = "us06web.zoom.us") -> str:
    compact = mid.replace(" ", "")
    return (f"Join Zoom Meeting\nhttps://{host}/j/{compact}?pwd={pwd}\n\nMeeting ID: {mid}\nPasscode: {pwd[:6]}\n\n"
            f"---\nOne tap mobile\n+13462487799,,{compact}# US (Houston)\n+16699006833,,{compact}# US (San Jose)")


def att(email: str, cn: str = "", *, role: str = "REQ-PARTICIPANT", stat: str = "NEEDS-ACTION",
        rsvp: bool = True, cutype: str = "INDIVIDUAL", extra: str = "") -> str:
    """One ATTENDEE line (unfolded; finish() folds it)."""
    params = [f"CUTYPE={cutype}", f"ROLE={role}", f"PARTSTAT={stat}"]
    if rsvp:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if ("," in cn or ";" in cn or ":" in cn) else f"CN={cn}")
    if extra:
        params.append(extra)
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def room(email: str, cn: str) -> str:
    return att(email, cn, role="NON-PARTICIPANT", rsvp=False, cutype="ROOM")
