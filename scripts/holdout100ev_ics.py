"""Raw iCalendar helpers for the holdout100 event split (blind author, CC0 1.0).

Everything here produces plain text; events are composed line by line by the holdout100ev_* modules.
"""

from __future__ import annotations

USER_FREE = "beth.ward.sw@outlook.com"
USER_WORK = "bethany.ward@leedsfamilyservices.gov.uk"

LONDON = """BEGIN:VTIMEZONE
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

GMT_STD = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""

UTC_LONDON_LABEL = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"

UTC_LONDON = GMT_STD.replace("TZID:GMT Standard Time", "TZID:" + UTC_LONDON_LABEL)

W_EUROPE = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
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

PARIS = """BEGIN:VTIMEZONE
TZID:Europe/Paris
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

MADRID = PARIS.replace("TZID:Europe/Paris", "TZID:Europe/Madrid")
BERLIN = PARIS.replace("TZID:Europe/Paris", "TZID:Europe/Berlin")

PRODID = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//iPhone OS 17.4.1//EN",
    "macos": "-//Apple Inc.//macOS 14.4//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
}


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line at 75 octets, continuation lines start with a space."""
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


def att(email: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True, extra: str = "") -> str:
    """An ATTENDEE line; cn is quoted when it holds a comma or colon."""
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={partstat}")
    if rsvp:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if any(c in cn for c in ",:;") else f"CN={cn}")
    if extra:
        params.append(extra)
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = []
    if cn:
        params.append(f'CN="{cn}"' if any(c in cn for c in ",:;") else f"CN={cn}")
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    head = "ORGANIZER;" + ";".join(params) if params else "ORGANIZER"
    return f"{head}:mailto:{email}"


def desc(text: str) -> str:
    return "DESCRIPTION:" + esc(text)


def cal(prodid: str, events: list[list[str]], method: str | None = "REQUEST", tz: str | list[str] | None = None,
        head: list[str] | None = None) -> str:
    """Wrap VEVENT line lists into a VCALENDAR with CRLF line ends and folding."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID.get(prodid, prodid)}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head or [])
    tzs = [tz] if isinstance(tz, str) else (tz or [])
    for block in tzs:
        lines.extend(block.split("\n"))
    for ev in events:
        lines.append("BEGIN:VEVENT")
        lines.extend(ev)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def rec(kind: str, ics: str, uid: str, is_interview: int, trap: str, company: str = "", role: str = "",
        stage: str = "", interviewers: str = "") -> dict:
    """One labelled event (one file)."""
    return {
        "kind": kind, "ics": ics, "uid": uid, "is_interview": is_interview, "company": company, "role": role,
        "stage": stage, "interviewers": interviewers.lower(), "trap": trap,
    }
