"""iCalendar plumbing for the holdout95 event split (blind author, raw text).

Events are composed as raw iCalendar text in the sibling modules; this module only wraps them in a VCALENDAR,
adds VTIMEZONE blocks, folds long lines at 75 octets and joins with CRLF.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CRLF = "\r\n"


@dataclass
class Row:
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


@dataclass
class Event:
    kind: str
    text: str
    rows: list[Row] = field(default_factory=list)


def fold(line: str) -> list[str]:
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
    return out


VIENNA = """BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:{dst}
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:{std}
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

WIN_VIENNA = """BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

UTC_PLUS1_WIN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"


def tz_vienna(tzid: str = "Europe/Vienna", std: str = "CET", dst: str = "CEST") -> str:
    return VIENNA.format(tzid=tzid, std=std, dst=dst)


def tz_windows(tzid: str = "W. Europe Standard Time") -> str:
    return WIN_VIENNA.format(tzid=tzid)


def cal(
    body: str,
    prodid: str,
    *,
    method: str | None = None,
    tz: str | None = None,
    head: tuple[str, ...] = (),
) -> str:
    """Wrap raw VEVENT text (newline-separated) into a folded CRLF VCALENDAR."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    if tz:
        lines.extend(tz.strip("\n").split("\n"))
    lines.extend(body.strip("\n").split("\n"))
    lines.append("END:VCALENDAR")
    folded: list[str] = []
    for ln in lines:
        folded.extend(fold(ln.rstrip()) if not ln.startswith(" ") else [ln.rstrip("\n")])
    return CRLF.join(folded) + CRLF


def esc(text: str) -> str:
    """Escape a plain text value (backslash, comma, semicolon, newline) for a TEXT property."""
    return (
        text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    )


MEET_DE = (
    "Mit Google Meet teilnehmen: https://meet.google.com/{code}\\n"
    "Oder telefonisch teilnehmen: (AT) +43 1 206092{pin} PIN: {pin}4417#\\n"
    "Weitere Telefonnummern: https://tel.meet/{code}?pin={pin}4417"
)

TEAMS_DE = (
    "________________________________________________________________________________\\n"
    "Microsoft Teams Besprechung\\n"
    "Nehmen Sie über Ihren Computer\\, Ihre mobile App oder Ihr Raumgerät teil\\n"
    "Hier klicken\\, um an der Besprechung teilzunehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\\n"
    "Besprechungs-ID: 3{mid3} 77 Kennung: {pw}\\n"
    "Oder rufen Sie an (nur Audio)\\n"
    "+43 1 27221{mid3}\\,\\,{mid3}44#   Österreich\\, Wien\\n"
    "Weitere Informationen <https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen\\n"
    "________________________________________________________________________________"
)

TEAMS_EN = (
    "________________________________________________________________________________\\n"
    "Microsoft Teams meeting\\n"
    "Join on your computer\\, mobile app or room device\\n"
    "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\\n"
    "Meeting ID: 3{mid3} 91 Passcode: {pw}\\n"
    "Learn More <https://aka.ms/JoinTeamsMeeting> | Meeting options\\n"
    "________________________________________________________________________________"
)

ZOOM_DE = (
    "Zoom-Meeting beitreten\\nhttps://us02web.zoom.us/j/8{zid}?pwd={pw}\\n\\n"
    "Meeting-ID: 8{zid}\\nKenncode: {pin}\\n\\n"
    "Schnelleinwahl mobil\\n+4312535501\\,\\,8{zid}#\\,\\,\\,\\,*{pin}# Österreich"
)

ZOOM_EN = (
    "Join Zoom Meeting\\nhttps://zoom.us/j/9{zid}?pwd={pw}\\n\\n"
    "Meeting ID: 9{zid}\\nPasscode: {pin}\\n\\n"
    "One tap mobile\\n+43670309090\\,\\,9{zid}# Austria"
)

WEBEX_DE = (
    "Webex-Meeting beitreten\\nhttps://{site}.webex.com/{site}/j.php?MTID=m{mid}\\n"
    "Meeting-Kennnummer: 2{mid3} 418 5{mid3}\\nPasswort: {pw}\\n\\n"
    "Über Telefon beitreten\\n+43-1-360277-1111 Österreich Gebührenpflichtig"
)
