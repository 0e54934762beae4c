"""Raw iCalendar helpers for the holdout107 event split (Eilidh Campbell, careers adviser in Glasgow).

Everything here only glues text together: folding at 75 octets, TEXT escaping, and a few VTIMEZONE blocks
written out the way Google, Outlook/Exchange and Apple write them.
"""

from __future__ import annotations

from dataclasses import dataclass

ME_GMAIL = "eilidh.campbell.careers@gmail.com"
ME_WORK = "eilidh.campbell@clydeuni-careers.ac.uk"
SPLIT = "holdout107"
OLK = "040000008200E00074C5B7101A82E008"  # Outlook GlobalObjectId prefix


@dataclass
class Ev:
    """One calendar file and its label."""

    kind: str
    ics: str
    uid: str
    yes: int
    company: str = ""
    role: str = ""
    stage: str = ""
    ivs: str = ""
    trap: str = ""


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
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


def desc(text: str, prop: str = "DESCRIPTION") -> str:
    return f"{prop}:{esc(text)}"


def html(text: str) -> str:
    """X-ALT-DESC line as Outlook writes it."""
    return f"X-ALT-DESC;FMTTYPE=text/html:{esc(text)}"


def g_att(email: str, cn: str | None = None, ps: str = "NEEDS-ACTION", role: str = "REQ-PARTICIPANT") -> str:
    """Google Calendar style ATTENDEE."""
    name = cn or email
    return (
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{email}"
    )


def o_att(email: str, cn: str, ps: str = "NEEDS-ACTION", role: str = "REQ-PARTICIPANT") -> str:
    """Outlook/Exchange style ATTENDEE (CN quoted, often 'Last, First')."""
    return f'ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN="{cn}":mailto:{email}'


def room(email: str, cn: str) -> str:
    return f'ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="{cn}":mailto:{email}'


def resource(email: str, cn: str) -> str:
    return f'ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="{cn}":mailto:{email}'


def p_att(email: str, cn: str | None = None, ps: str = "NEEDS-ACTION") -> str:
    """Plain ATTENDEE as ATS mailers write it."""
    if cn:
        return f'ATTENDEE;CN="{cn}";ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE:mailto:{email}'
    return f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE:mailto:{email}"


TZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def _cet(tzid: str, extra: str = "") -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}{extra}
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
END:VTIMEZONE"""


def _win_gmt(tzid: str) -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
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
END:VTIMEZONE"""


def _win_cet(tzid: str) -> str:
    return f"""BEGIN:VTIMEZONE
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


UTC_DUBLIN = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
UTC_BRUSSELS = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"

TZ = {
    "london": TZ_LONDON,
    "gmt": _win_gmt("GMT Standard Time"),
    "dublin": _win_gmt(UTC_DUBLIN),
    "berlin": _cet("Europe/Berlin", "\nX-LIC-LOCATION:Europe/Berlin"),
    "paris": _cet("Europe/Paris", "\nX-LIC-LOCATION:Europe/Paris"),
    "weurope": _win_cet("W. Europe Standard Time"),
    "romance": _win_cet("Romance Standard Time"),
    "brussels": _win_cet(UTC_BRUSSELS),
}

PRODIDS = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 14.5//EN",
    "ios": "-//Apple Inc.//iPhone OS 17.4.1//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
}


def cal(
    vevents: list[list[str]],
    prodid: str = "google",
    method: str | None = "REQUEST",
    tz: tuple[str, ...] = (),
    head: tuple[str, ...] = (),
) -> str:
    """Compose a VCALENDAR from VEVENT line lists (without BEGIN/END:VEVENT)."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODIDS.get(prodid, prodid)}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for key in tz:
        lines.extend(TZ[key].split("\n"))
    for ev in vevents:
        lines.append("BEGIN:VEVENT")
        lines.extend(ev)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"
