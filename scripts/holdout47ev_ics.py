"""holdout47 event corpus: iCalendar text helpers (escaping, folding, zones, attendees).

The events themselves are written as raw iCalendar text in the holdout47ev_pos_* and holdout47ev_neg_*
modules; this module only folds long lines, escapes TEXT values and supplies the VTIMEZONE blocks the tools
put in front of their events.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass

ME = "py.legall@wanadoo.fr"
WORK = "pylegall@chantiers-atlantide.fr"
ME_CN = "Pierre-Yves Le Gall"
ATL = "chantiers-atlantide.fr"


@dataclass
class Ev:
    """One calendar file and its label row."""

    kind: str  # neutral tool/language word for the file name (never the label)
    text: str
    uid: str
    pos: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    iv: tuple[str, ...] = ()
    trap: str = ""


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, limit: int = 75) -> str:
    """Fold one content line at `limit` octets without splitting a UTF-8 character."""
    if len(line.encode()) <= limit:
        return line
    parts: list[str] = []
    cur, size, room = "", 0, limit
    for ch in line:
        n = len(ch.encode())
        if size + n > room:
            parts.append(cur)
            cur, size, room = "", 0, limit - 1
        cur += ch
        size += n
    parts.append(cur)
    return "\r\n ".join(parts)


def pq(value: str) -> str:
    """Quote a parameter value when it holds a comma, semicolon or colon."""
    return f'"{value}"' if any(c in value for c in ",;:") else value


def guid(seed: str, upper: bool = False) -> str:
    u = str(uuid.uuid5(uuid.NAMESPACE_URL, "holdout47/" + seed))
    return u.upper() if upper else u


def hexid(seed: str, n: int = 26) -> str:
    return hashlib.sha1(("holdout47/" + seed).encode()).hexdigest()[:n]


def outlook_uid(seed: str) -> str:
    h = hashlib.sha256(("holdout47/" + seed).encode()).hexdigest().upper()
    return "040000008200E00074C5B7101A82E00800000000" + h[:16] + "000000000000000010000000" + h[16:48]


def att(email: str, cn: str = "", *, style: str = "o", role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        rsvp: bool = True, cutype: str = "") -> str:
    """An ATTENDEE line in the parameter order of a tool: g = Google, o = Outlook, p = plain/ATS."""
    r = "TRUE" if rsvp else "FALSE"
    if style == "g":
        ct = cutype or "INDIVIDUAL"
        return (f"ATTENDEE;CUTYPE={ct};ROLE={role};PARTSTAT={ps};RSVP={r};CN={pq(cn or email)};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    if style == "p":
        head = f"ATTENDEE;CN={pq(cn)}" if cn else "ATTENDEE"
        ct = f";CUTYPE={cutype}" if cutype else ""
        return f"{head}{ct};ROLE={role};PARTSTAT={ps};RSVP={r}:mailto:{email}"
    ct = f"CUTYPE={cutype};" if cutype else ""
    cnp = f";CN={pq(cn)}" if cn else ""
    return f"ATTENDEE;{ct}ROLE={role};PARTSTAT={ps};RSVP={r}{cnp}:mailto:{email}"


def room(email: str, cn: str, cutype: str = "ROOM") -> str:
    return f"ATTENDEE;CUTYPE={cutype};ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN={pq(cn)}:mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    cnp = f";CN={pq(cn)}" if cn else ""
    sb = f';SENT-BY="mailto:{sent_by}"' if sent_by else ""
    return f"ORGANIZER{cnp}{sb}:mailto:{email}"


def _cet(tzid: str, style: str) -> str:
    """A CET/CEST zone block as Google/Apple/Mozilla (style g), Outlook (o) or Apple (a) write it."""
    if style == "o":
        return (f"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\n"
                "TZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n"
                "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE")
    lic = f"X-LIC-LOCATION:{tzid}\n" if style == "g" else ""
    start = "1970" if style == "g" else "1996"
    oct_day = "1025" if style == "g" else "1027"
    return (f"BEGIN:VTIMEZONE\nTZID:{tzid}\n{lic}BEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
            f"TZNAME:CEST\nDTSTART:{start}0329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\n"
            f"BEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nDTSTART:{start}{oct_day}T030000\n"
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE")


LONDON = ("BEGIN:VTIMEZONE\nTZID:Europe/London\nX-LIC-LOCATION:Europe/London\nBEGIN:DAYLIGHT\n"
          "TZOFFSETFROM:+0000\nTZOFFSETTO:+0100\nTZNAME:BST\nDTSTART:19700329T010000\n"
          "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0100\n"
          "TZOFFSETTO:+0000\nTZNAME:GMT\nDTSTART:19701025T020000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
          "END:STANDARD\nEND:VTIMEZONE")
GMT_WIN = ("BEGIN:VTIMEZONE\nTZID:GMT Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\n"
           "TZOFFSETFROM:+0100\nTZOFFSETTO:+0000\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\n"
           "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T010000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100\n"
           "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE")
NEW_YORK = ("BEGIN:VTIMEZONE\nTZID:America/New_York\nX-LIC-LOCATION:America/New_York\nBEGIN:DAYLIGHT\n"
            "TZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nDTSTART:19700308T020000\n"
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:-0400\n"
            "TZOFFSETTO:-0500\nTZNAME:EST\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\n"
            "END:STANDARD\nEND:VTIMEZONE")

UTC_FR = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"
UTC_EN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
UTC_ES = "(UTC+01:00) Bruselas, Copenhague, Madrid, París"

VTZ = {
    "Europe/Paris": _cet("Europe/Paris", "g"),
    "Europe/Paris/apple": _cet("Europe/Paris", "a"),
    "Europe/Berlin": _cet("Europe/Berlin", "g"),
    "Europe/Madrid": _cet("Europe/Madrid", "g"),
    "Europe/Amsterdam": _cet("Europe/Amsterdam", "g"),
    "Romance Standard Time": _cet("Romance Standard Time", "o"),
    "W. Europe Standard Time": _cet("W. Europe Standard Time", "o"),
    UTC_FR: _cet(UTC_FR, "o"),
    UTC_EN: _cet(UTC_EN, "o"),
    UTC_ES: _cet(UTC_ES, "o"),
    "Europe/London": LONDON,
    "GMT Standard Time": GMT_WIN,
    "America/New_York": NEW_YORK,
}

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
OUTLOOK16 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
APPLE = "-//Apple Inc.//iPhone OS 18.1//EN"
MACOS = "-//Apple Inc.//macOS 15.1//EN"
MOZ = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def cal(body: str, prodid: str, method: str | None = "REQUEST", tz: tuple[str, ...] = (), head: str = "",
        version_first: bool = False) -> str:
    """Wrap VEVENT text in a VCALENDAR; fold every line and end lines with CRLF."""
    lines = ["BEGIN:VCALENDAR"]
    lines += ["VERSION:2.0", f"PRODID:{prodid}"] if version_first else [f"PRODID:{prodid}", "VERSION:2.0"]
    if prodid == GOOGLE:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines += [h for h in head.split("\n") if h]
    for z in tz:
        lines += VTZ[z].split("\n")
    lines += [b for b in body.strip("\n").split("\n") if b]
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def alt(text: str) -> str:
    """The X-ALT-DESC line Outlook writes next to DESCRIPTION: the same text as HTML."""
    body = "".join(f"<p class=MsoNormal>{p or '&nbsp;'}</p>" for p in
                   text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n"))
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" '
            'CONTENT="MS Exchange Server version 16.0.17726.20160">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n'
            f'<div class=WordSection1>{body}</div>\n</BODY>\n</HTML>')
    return "X-ALT-DESC;FMTTYPE=text/html:" + esc(html)
