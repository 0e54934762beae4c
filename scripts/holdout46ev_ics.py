"""Raw iCalendar text helpers for the holdout46 event corpus.

The events are composed by hand, line by line, in the shapes real calendar tools emit; these helpers only escape
TEXT values, fold long lines at 75 octets, build the usual VTIMEZONE blocks and make stable ids from a seed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

USER = "Grace Okonkwo"
FREE = "grace.okonkwo@gmail.com"
WORK = "g.okonkwo@pennine-payments.co.uk"


@dataclass
class Ev:
    kind: str
    text: str
    uid: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def pos(kind: str, text: str, uid: str, company: str, role: str, stage: str, ivs: str) -> Ev:
    """A real interview of the user's; `ivs` is the ;-separated interviewer list."""
    return Ev(kind, text, uid, 1, company, role, stage, ivs.lower(), kind)


def neg(kind: str, text: str, uid: str) -> Ev:
    return Ev(kind, text, uid, 0, trap=kind)


# ---------------------------------------------------------------- ids


def _h(seed: str) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()


def digits(seed: str, n: int) -> str:
    raw = str(int(_h(seed), 16))
    return ("123456789"[int(raw[0]) % 9] + raw[1:])[:n]


def hexid(seed: str, n: int, upper: bool = False) -> str:
    s = (_h(seed) * 3)[:n]
    return s.upper() if upper else s


def uuid(seed: str, upper: bool = False) -> str:
    h = hexid(seed, 32, upper)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def google_uid(seed: str) -> str:
    alphabet = "0123456789abcdefghijklmnopqrstuv"
    n = int(_h(seed), 16)
    out = ""
    for _ in range(26):
        out += alphabet[n % 32]
        n //= 32
    return out + "@google.com"


def outlook_uid(seed: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + hexid(seed, 16, True) + "000000000000000010000000" + hexid(
        seed + "x", 32, True
    )


def letters(seed: str, n: int) -> str:
    n_ = int(_h(seed), 16)
    out = ""
    for _ in range(n):
        out += "abcdefghijklmnopqrstuvwxyz"[n_ % 26]
        n_ //= 26
    return out


# ---------------------------------------------------------------- text


def esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def p(name: str, value: str) -> str:
    """A TEXT property line; `name` may carry parameters (SUMMARY;LANGUAGE=de-DE)."""
    return f"{name}:{esc(value)}"


def fold(line: str) -> str:
    out: list[str] = []
    cur, n = "", 0
    for ch in line:
        b = len(ch.encode())
        if n + b > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += b
    out.append(cur)
    return "\r\n".join(out)


def _cn(name: str) -> str:
    return f'"{name}"' if any(c in name for c in ",;:") else name


def att(email: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        rsvp: bool = True, cutype: str | None = None, extra: str = "") -> str:
    """Outlook / generic attendee line."""
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    parts += [f"ROLE={role}", f"PARTSTAT={ps}"]
    if rsvp:
        parts.append("RSVP=TRUE")
    if cn:
        parts.append(f"CN={_cn(cn)}")
    if extra:
        parts.append(extra)
    return ";".join(parts) + f":mailto:{email}"


def gatt(email: str, cn: str | None = None, ps: str = "NEEDS-ACTION", role: str = "REQ-PARTICIPANT",
         cutype: str = "INDIVIDUAL") -> str:
    """Google Calendar attendee line (CN defaults to the address, X-NUM-GUESTS=0)."""
    return (f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={_cn(cn or email)};"
            f"X-NUM-GUESTS=0:mailto:{email}")


def room(email: str, cn: str, ps: str = "ACCEPTED") -> str:
    return f"ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT={ps};CN={_cn(cn)}:mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    parts = ["ORGANIZER"]
    if cn:
        parts.append(f"CN={_cn(cn)}")
    if sent_by:
        parts.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(parts) + f":mailto:{email}"


def alarm(minutes: int, text: str = "REMINDER") -> list[str]:
    return ["BEGIN:VALARM", f"DESCRIPTION:{text}", f"TRIGGER;RELATED=START:-PT{minutes}M", "ACTION:DISPLAY",
            "END:VALARM"]


def ms_tail(seq: int = 0, busy: str = "TENTATIVE", allday: bool = False, owner: str = "-1712391232") -> list[str]:
    return [
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{owner}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if allday else 'FALSE'}",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
    ]


def html(text: str) -> str:
    """X-ALT-DESC line as Outlook writes it (the HTML twin of the plain description)."""
    paras = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n")
    body = "".join(f"<p class=MsoNormal>{para or '&nbsp;'}</p>" for para in paras)
    raw = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" '
           'CONTENT="MS Exchange Server version 16.0.17328.20166">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n'
           f"{body}\n</BODY>\n</HTML>")
    return "X-ALT-DESC;FMTTYPE=text/html:" + esc(raw)


# ---------------------------------------------------------------- time zones

_UK = ("+0000", "+0100", "GMT", "BST", "010000", "020000")
_CET = ("+0100", "+0200", "CET", "CEST", "020000", "030000")


def tz(tzid: str, uk: bool | None = None, lic: bool = True) -> list[str]:
    """VTIMEZONE with IANA-style rules (Google, Apple, Thunderbird, most ATS)."""
    if uk is None:
        uk = tzid in ("Europe/London", "Europe/Dublin")
    std, dst, sname, dname, on, off = _UK if uk else _CET
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if lic:
        out.append(f"X-LIC-LOCATION:{tzid}")
    return [
        *out,
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dname}",
        f"DTSTART:19700329T{on}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sname}",
        f"DTSTART:19701025T{off}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def mstz(tzid: str, uk: bool) -> list[str]:
    """VTIMEZONE as Outlook/Exchange writes it (Windows zone name or display name, 1601 rules)."""
    std, dst, _s, _d, on, off = _UK if uk else _CET
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", f"DTSTART:16010101T{off}", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", f"DTSTART:16010101T{on}", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


# ---------------------------------------------------------------- calendars

GOOGLE = ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN"]
EXCHANGE = ["PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
OUTLOOK = ["PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0"]
APPLE = ["VERSION:2.0", "PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN", "CALSCALE:GREGORIAN"]
MACOS = ["VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.3.2//EN", "CALSCALE:GREGORIAN"]
THUNDERBIRD = ["PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0"]


def cal(head: list[str], *events: list[str], tzs: tuple[list[str], ...] = (), method: str | None = None,
        method_first: bool = False) -> str:
    lines = ["BEGIN:VCALENDAR"]
    if method and method_first:
        lines.append(f"METHOD:{method}")
    lines += head
    if method and not method_first:
        lines.append(f"METHOD:{method}")
    for block in tzs:
        lines += block
    for e in events:
        lines += ["BEGIN:VEVENT", *e, "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def exch(uid: str, organizer: str, attendees: list[str], summary: str, desc: str, start: str, end: str, stamp: str,
         *, loc: str = "Microsoft Teams Meeting", zone: str = "GMT Standard Time", uk: bool = True, lang: str = "en-GB",
         seq: int = 0, method: str = "REQUEST", status: str = "CONFIRMED", extra: tuple[str, ...] = (),
         alt: bool = False) -> str:
    """A meeting request as Exchange / Outlook on the web sends it (local times in `zone`)."""
    lines = [organizer, *attendees, p(f"DESCRIPTION;LANGUAGE={lang}", desc), f"UID:{uid}",
             p(f"SUMMARY;LANGUAGE={lang}", summary), f"DTSTART;TZID={zone}:{start}", f"DTEND;TZID={zone}:{end}",
             "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", f"STATUS:{status}",
             f"SEQUENCE:{seq}", p(f"LOCATION;LANGUAGE={lang}", loc), *ms_tail(seq=seq), *extra]
    if alt:
        lines.append(html(desc))
    if method != "CANCEL":
        lines += alarm(15)
    return cal(EXCHANGE, lines, tzs=(mstz(zone, uk),), method=method, method_first=True)
