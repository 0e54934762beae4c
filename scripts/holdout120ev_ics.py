"""Raw iCalendar helpers for the blind holdout120 event split (CC0 1.0).

The user of this split is Rachel Kowalski, a senior paralegal in Chicago. Events are composed as raw
iCalendar text; these helpers only escape, fold and wrap them.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

ME_Y = "rachel.kowalski.legal@yahoo.com"
ME_W = "rkowalski@hartwellbrandt.com"


@dataclass(frozen=True)
class Ev:
    kind: str
    ics: str
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def esc(*parts: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11) made of dedented parts; newlines become \\n."""
    text = "\n\n".join(textwrap.dedent(p).strip("\n") for p in parts)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur = " "
            size = 1
            limit = 75
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def att(email: str, cn: str = "", role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION", rsvp: bool = True,
        cutype: str = "") -> str:
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts.append(f"ROLE={role}")
    parts.append(f"PARTSTAT={ps}")
    if rsvp:
        parts.append("RSVP=TRUE")
    if cn:
        parts.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    return ";".join(parts) + f":mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    parts = ["ORGANIZER"]
    if cn:
        parts.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    if sent_by:
        parts.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(parts) + f":mailto:{email}"


def vevent(body: str) -> list[str]:
    """A VEVENT from a dedented block of unfolded content lines (blank lines dropped)."""
    lines = [ln for ln in textwrap.dedent(body).splitlines() if ln.strip()]
    return ["BEGIN:VEVENT", *lines, "END:VEVENT"]


def _tz_block(tzid: str, std: str, dst: str, std_name: str, dst_name: str, eu: bool, win: bool) -> list[str]:
    if eu:
        d_rule, s_rule = "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
        d_start, s_start = "19700329T020000", "19701025T030000"
    else:
        d_rule, s_rule = "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"
        d_start, s_start = "19700308T020000", "19701101T020000"
    if win:
        d_rule = d_rule.replace("FREQ=YEARLY;", "FREQ=YEARLY;INTERVAL=1;")
        s_rule = s_rule.replace("FREQ=YEARLY;", "FREQ=YEARLY;INTERVAL=1;")
        d_start = s_start = "16010101T020000"
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not win:
        out.append(f"X-LIC-LOCATION:{tzid}")
    out += ["BEGIN:STANDARD", f"DTSTART:{s_start}", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}"]
    if not win:
        out.append(f"TZNAME:{std_name}")
    out += [f"RRULE:{s_rule}", "END:STANDARD", "BEGIN:DAYLIGHT", f"DTSTART:{d_start}", f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}"]
    if not win:
        out.append(f"TZNAME:{dst_name}")
    out += [f"RRULE:{d_rule}", "END:DAYLIGHT", "END:VTIMEZONE"]
    return out


TZ_CHI = _tz_block("America/Chicago", "-0600", "-0500", "CST", "CDT", False, False)
TZ_NY = _tz_block("America/New_York", "-0500", "-0400", "EST", "EDT", False, False)
TZ_LA = _tz_block("America/Los_Angeles", "-0800", "-0700", "PST", "PDT", False, False)
TZ_DEN = _tz_block("America/Denver", "-0700", "-0600", "MST", "MDT", False, False)
TZ_TOR = _tz_block("America/Toronto", "-0500", "-0400", "EST", "EDT", False, False)
TZ_BER = _tz_block("Europe/Berlin", "+0100", "+0200", "CET", "CEST", True, False)
TZ_MAD = _tz_block("Europe/Madrid", "+0100", "+0200", "CET", "CEST", True, False)
TZ_PAR = _tz_block("Europe/Paris", "+0100", "+0200", "CET", "CEST", True, False)
TZ_W_CST = _tz_block("Central Standard Time", "-0600", "-0500", "", "", False, True)
TZ_W_EST = _tz_block("Eastern Standard Time", "-0500", "-0400", "", "", False, True)
TZ_W_UTC_CST = _tz_block("(UTC-06:00) Central Time (US & Canada)", "-0600", "-0500", "", "", False, True)
TZ_W_UTC_EST = _tz_block("(UTC-05:00) Eastern Time (US & Canada)", "-0500", "-0400", "", "", False, True)
TZ_W_UTC_BER = _tz_block("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "+0100", "+0200", "", "",
                         True, True)

PRODID_GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
PRODID_OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
PRODID_EXCHANGE = "Microsoft Exchange Server 2010"
PRODID_APPLE = "-//Apple Inc.//iPhone OS 17.4.1//EN"
PRODID_MAC = "-//Apple Inc.//macOS 14.4//EN"
PRODID_TB = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def cal(*events: list[str], prodid: str = PRODID_GOOGLE, method: str = "REQUEST", tz: tuple[list[str], ...] = (),
        extra: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(extra)
    for block in tz:
        lines += block
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(ln) for ln in lines) + "\r\n"


ZOOM = """
    Join Zoom Meeting
    https://{host}.zoom.us/j/{mid}?pwd={pwd}

    Meeting ID: {mid_fmt}
    Passcode: {code}

    ---

    One tap mobile
    +13126266799,,{mid}# US (Chicago)
    +16465588656,,{mid}# US (New York)
"""


def zoom(host: str, mid: str, code: str) -> str:
    fmt = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    return textwrap.dedent(ZOOM).format(host=host, mid=mid, pwd=code.lower() + "Qx9", mid_fmt=fmt, code=code)


def teams(mid: str, code: str) -> str:
    return textwrap.dedent(f"""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>
    Meeting ID: {mid}
    Passcode: {code[:6]}
    Download Teams<https://www.microsoft.com/microsoft-teams/download-app>
    Or call in (audio only)
    +1 312-555-0148,,{mid.replace(" ", "")}#   United States, Chicago
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


def meet(code: str) -> str:
    return textwrap.dedent(f"""
    Join with Google Meet: https://meet.google.com/{code}
    Or dial: (US) +1 224-555-0193 PIN: 418 227 903#
    More phone numbers: https://tel.meet/{code}?pin=418227903
    """)


def webex(site: str, num: str) -> str:
    return textwrap.dedent(f"""
    When it's time, join the Webex meeting here.
    https://{site}.webex.com/{site}/j.php?MTID=m{num}a7c
    Meeting number (access code): {num[:4]} {num[4:7]} {num[7:]}
    Meeting password: Lw{num[-4:]}
    Join by phone: +1-408-555-6800 United States Toll
    """)
