"""Raw iCalendar helpers for the holdout109 event split (written blind, CC0 1.0).

Every event of the split is composed as text lines here: no iCalendar library builds them. The helpers only
escape TEXT values, fold long lines at 75 octets and wrap VEVENTs into a VCALENDAR with CRLF line ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ME = "gonzalo.herrera.vino@gmail.com"
WORK = "gherrera@hotelandesmapocho.cl"


@dataclass
class Ev:
    """One labelled file: its kind (for the name), text and label cells."""

    kind: str
    text: str
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: list[str] = field(default_factory=list)
    trap: str = ""


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


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


def att(email: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", stat: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True, extra: str = "") -> str:
    """An ATTENDEE line."""
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts.append(f"ROLE={role}")
    parts.append(f"PARTSTAT={stat}")
    if rsvp:
        parts.append("RSVP=TRUE")
    if cn:
        parts.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    if extra:
        parts.append(extra)
    return ";".join(parts) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    """An ORGANIZER line."""
    s = "ORGANIZER"
    if cn:
        s += f';CN="{cn}"' if ("," in cn or ":" in cn) else f";CN={cn}"
    if sent_by:
        s += f';SENT-BY="mailto:{sent_by}"'
    return s + f":mailto:{email}"


def vevent(uid: str, summary: str, start: str, end: str | None = None, *, stamp: str = "20250301T130000Z",
           organizer: str | None = None, attendees: tuple[str, ...] | list[str] = (), desc: str | None = None,
           loc: str | None = None, extra: tuple[str, ...] | list[str] = (), status: str | None = "CONFIRMED",
           seq: int | None = 0, raw_desc: bool = False) -> list[str]:
    """A VEVENT as unfolded lines. start/end are whole DTSTART/DTEND/DURATION lines."""
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", start]
    if end:
        lines.append(end)
    lines.append(f"SUMMARY:{esc(summary)}")
    if organizer:
        lines.append(organizer)
    lines.extend(attendees)
    if desc is not None:
        lines.append("DESCRIPTION:" + (desc if raw_desc else esc(desc)))
    if loc is not None:
        lines.append("LOCATION:" + esc(loc))
    if seq is not None:
        lines.append(f"SEQUENCE:{seq}")
    if status:
        lines.append(f"STATUS:{status}")
    lines.extend(extra)
    lines.append("END:VEVENT")
    return lines


def cal(prodid: str, events: list[list[str]] | list[str], *, method: str | None = "REQUEST",
        tz: tuple[str, ...] | list[str] = (), head: tuple[str, ...] | list[str] = ()) -> str:
    """Wrap VEVENT lines (one list or a list of lists) in a VCALENDAR, folded, CRLF."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for t in tz:
        lines.extend(t.strip().splitlines())
    if events and isinstance(events[0], list):
        for e in events:
            lines.extend(e)  # type: ignore[arg-type]
    else:
        lines.extend(events)  # type: ignore[arg-type]
    lines.append("END:VCALENDAR")
    folded: list[str] = []
    for ln in lines:
        folded.extend(fold(ln))
    return "\r\n".join(folded) + "\r\n"


TZ_SANTIAGO = """
BEGIN:VTIMEZONE
TZID:America/Santiago
X-LIC-LOCATION:America/Santiago
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:-04
DTSTART:19700405T000000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700906T000000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE
"""

TZ_MADRID = """
BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""

TZ_MENDOZA = """
BEGIN:VTIMEZONE
TZID:America/Argentina/Mendoza
X-LIC-LOCATION:America/Argentina/Mendoza
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
"""

TZ_BSAS = TZ_MENDOZA.replace("America/Argentina/Mendoza", "America/Argentina/Buenos_Aires")

TZ_WIN_SANTIAGO = """
BEGIN:VTIMEZONE
TZID:Pacific SA Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=9
END:DAYLIGHT
END:VTIMEZONE
"""

TZ_WIN_ROMANCE_ES = """
BEGIN:VTIMEZONE
TZID:(UTC+01:00) Bruselas\\, Copenhague\\, Madrid\\, París
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
END:VTIMEZONE
"""

TZ_WIN_ARG = """
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
"""

TZ_WIN_GMT = """
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 17.4//EN"
MAC = "-//Apple Inc.//macOS 14.3//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"

ZOOM_ES = ("Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: {pw}\n\n"
           "Móvil con un toque\n+56232938848,,{mid_n}#,,,,*{pw}# Chile\n")
MEET_ES = ("Unirse con Google Meet: https://meet.google.com/{code}\n"
           "Unirse por teléfono\n(CL) +56 2 3214 {tail} PIN: {pin}#\n"
           "Más números de teléfono: https://tel.meet/{code}?pin={pin}\n")
TEAMS_ES = ("________________________________________________________________________________\n"
            "Reunión de Microsoft Teams\nÚnase a través de su ordenador\u00a0o aplicación móvil\n"
            "Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}"
            "%40thread.v2/0>\nId. de la reunión: {num}\nCódigo de acceso: {pw}\n"
            "________________________________________________________________________________\n")
TEAMS_EN = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}"
            "%40thread.v2/0>\nMeeting ID: {num}\nPasscode: {pw}\n"
            "________________________________________________________________________________\n")
