"""Raw iCalendar helpers for the holdout59 event corpus (blind split, CC0 1.0).

Every event is composed as raw text lines; this module only folds long lines, escapes TEXT values and wraps
VEVENTs in a VCALENDAR with the time-zone blocks the emitting tool would add.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

ME = "jonas.brueckner@gmx.de"
WORK = "j.brueckner@elbkai-logistik.de"


@dataclass
class Ev:
    kind: str  # neutral file-name kind, e.g. "outlook-de"
    ics: str
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 sequence."""
    out: list[str] = []
    cur = ""
    cur_len = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if cur_len + n > limit:
            out.append(cur)
            cur = " " + ch
            cur_len = 1 + n
            limit = 75
        else:
            cur += ch
            cur_len += n
    out.append(cur)
    return "\r\n".join(out)


def hexid(seed: str, n: int = 32) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def outlook_uid(seed: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + hexid(seed, 72).upper()


def guid(seed: str) -> str:
    h = hexid(seed, 32).upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


BERLIN = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
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


def olson(tzid: str) -> str:
    """Same rules as Berlin under another Olson name (Vienna, Amsterdam, Paris, Madrid)."""
    return BERLIN.replace("Europe/Berlin", tzid)


def windows(tzid: str = "W. Europe Standard Time") -> str:
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


UTC1_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
UTC1_EN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
UTC1_NL = "(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen"

PRODID = {
    "outlook": "Microsoft Exchange Server 2010",
    "outlook16": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "ios": "-//Apple Inc.//iPhone OS 17.4.1//EN",
    "mac": "-//Apple Inc.//macOS 14.3.1//EN",
    "tb": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
}


def cal(
    vevents: list[list[str]] | list[str],
    prodid: str,
    method: str | None = "REQUEST",
    tzs: tuple[str, ...] = (),
    head: tuple[str, ...] = (),
    calscale: bool = True,
) -> str:
    """Wrap one or more VEVENT line lists in a VCALENDAR; fold every line; CRLF."""
    if vevents and isinstance(vevents[0], str):
        vevents = [vevents]  # type: ignore[list-item]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID.get(prodid, prodid)}", "VERSION:2.0"]
    if calscale:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head)
    for tz in tzs:
        lines.extend(tz.splitlines())
    for ve in vevents:
        lines.append("BEGIN:VEVENT")
        lines.extend(ve)  # type: ignore[arg-type]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def att(email: str, cn: str = "", role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        rsvp: bool = True, cutype: str = "INDIVIDUAL", extra: str = "") -> str:
    """An ATTENDEE line; cn is quoted when it contains a comma, colon or semicolon."""
    parts = [f"CUTYPE={cutype}", f"ROLE={role}", f"PARTSTAT={partstat}"]
    if rsvp:
        parts.append("RSVP=TRUE")
    if cn:
        parts.append(f'CN="{cn}"' if any(c in cn for c in ",;:") else f"CN={cn}")
    if extra:
        parts.append(extra)
    return "ATTENDEE;" + ";".join(parts) + f":mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    p = ""
    if cn:
        p += f';CN="{cn}"' if any(c in cn for c in ",;:") else f";CN={cn}"
    if sent_by:
        p += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{p}:mailto:{email}"


def ms_extra(busy: str = "TENTATIVE", allday: bool = False) -> list[str]:
    return [
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "TRANSP:OPAQUE",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if allday else 'FALSE'}",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ]


def html(text: str) -> str:
    """A minimal Outlook-style X-ALT-DESC body from plain text."""
    body = "".join(
        f"<p class=MsoNormal>{p or '&nbsp;'}</p>\n" for p in text.replace("&", "&amp;").replace("<", "&lt;").split("\n")
    )
    page = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<html>\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        "</head>\n<body lang=DE link=\"#0563C1\">\n<div class=WordSection1>\n" + body + "</div>\n</body>\n</html>"
    )
    return "X-ALT-DESC;FMTTYPE=text/html:" + esc(page)


def alarm(trigger: str = "-PT15M", desc: str = "Erinnerung") -> list[str]:
    return ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{esc(desc)}", f"TRIGGER:{trigger}", "END:VALARM"]
