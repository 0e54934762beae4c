"""Raw iCalendar helpers for the holdout124 event split (written blind, CC0 1.0).

The events themselves are composed line by line in the holdout124ev_* modules; this module only folds long
lines, escapes text values, holds the VTIMEZONE blocks and wraps a VEVENT into a VCALENDAR.
"""

from __future__ import annotations

ME = "sabine.krueger.fra@gmx.de"
WORK = "sabine.krueger@lufthansa-cabin-services.de"
SPLIT = "holdout124"

TZ = {
    "Europe/Berlin": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "X-LIC-LOCATION:Europe/Berlin",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ],
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ],
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien": [
        "BEGIN:VTIMEZONE", "TZID:(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ],
    "Romance Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Romance Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ],
}


def _cet_like(tzid: str, std: str, dst: str) -> list[str]:
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", f"TZNAME:{dst}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", f"TZNAME:{std}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


for _name in ("Europe/Zurich", "Europe/Vienna", "Europe/Paris", "Europe/Madrid", "Europe/Amsterdam"):
    TZ[_name] = _cet_like(_name, "CET", "CEST")
TZ["Europe/Riga"] = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Riga",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST",
    "DTSTART:19700329T030000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET",
    "DTSTART:19701025T040000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]
TZ["Europe/Lisbon"] = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Lisbon",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:WEST",
    "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:WET",
    "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]

PRODID = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//iPhone OS 18.1//EN",
    "mac": "-//Apple Inc.//macOS 15.2//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
}


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11); an already escaped comma in the source stays one comma."""
    text = text.replace("\\,", ",").replace("\\;", ";")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
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


def desc(text: str, name: str = "DESCRIPTION") -> str:
    return f"{name}:{esc(text)}"


def att(mail: str, cn: str | None = None, role: str = "REQ-PARTICIPANT", stat: str = "NEEDS-ACTION",
        rsvp: bool = True, cutype: str | None = None, quote: bool = False) -> str:
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts.append(f"ROLE={role}")
    parts.append(f"PARTSTAT={stat}")
    if rsvp:
        parts.append("RSVP=TRUE")
    if cn:
        parts.append(f'CN="{cn}"' if (quote or "," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    return ";".join(parts) + f":mailto:{mail}"


def org(mail: str, cn: str | None = None, sent_by: str | None = None) -> str:
    parts = ["ORGANIZER"]
    if cn:
        parts.append(f'CN="{cn}"' if ("," in cn or ":" in cn) else f"CN={cn}")
    if sent_by:
        parts.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(parts) + f":mailto:{mail}"


def calendar(vevents: list[list[str]], tool: str = "google", method: str | None = "REQUEST",
             tzs: tuple[str, ...] = (), head: tuple[str, ...] = (), prodid: str | None = None) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid or PRODID.get(tool, tool)}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for tz in tzs:
        lines.extend(TZ[tz])
    for body in vevents:
        lines.append("BEGIN:VEVENT")
        lines.extend(body)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def item(kind: str, ics: str, uid: str, yes: int, company: str = "", role: str = "", stage: str = "",
         interviewers: str = "", trap: str | None = None) -> dict:
    return {
        "kind": kind, "ics": ics, "uid": uid, "is_interview": yes, "company": company, "role": role,
        "stage": stage, "interviewers": interviewers.lower(), "trap": trap or kind,
    }


def simple(kind: str, uid: str, lines: list[str], yes: int = 0, tool: str = "google", method: str | None = None,
           tzs: tuple[str, ...] = (), head: tuple[str, ...] = (), prodid: str | None = None, **label: str) -> dict:
    """One VEVENT whose UID line comes first; label fields as keyword arguments."""
    body = [f"UID:{uid}", *lines]
    return item(kind, calendar([body], tool, method, tzs, head, prodid), uid, yes, **label)
