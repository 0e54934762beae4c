"""Raw iCalendar text helpers for the holdout135 event split (Hemi Walker, vet, Auckland).

Everything here composes plain RFC 5545 text by hand: content lines, escaping, folding at 75 octets and a few
VTIMEZONE blocks in the shapes Google, Outlook/Exchange and Apple emit. No calendar library is used to write.
"""

from __future__ import annotations

FREE = "hemi.walker.vet@xtra.co.nz"
WORK = "hemi.walker@ponsonbyvets.co.nz"
ME = "Hemi Walker"


def esc(text: str) -> str:
    """Escape a TEXT value (backslash, semicolon, comma, newline)."""
    out = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return out.replace("\r\n", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    cur = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            parts.append(cur)
            cur = ""
            size = 0
            limit = 74
        cur += ch
        size += n
    parts.append(cur)
    return "\r\n ".join(parts)


def _param(value: str) -> str:
    return f'"{value}"' if any(c in value for c in ',;:') else value


def tz(zone: str, local: str) -> str:
    return f";TZID={_param(zone)}:{local}"


def utc(stamp: str) -> str:
    return f":{stamp}Z"


def flt(local: str) -> str:
    return f":{local}"


def day(date: str) -> str:
    return f";VALUE=DATE:{date}"


def att(email: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True, extra: str = "") -> str:
    bits = ["ATTENDEE"]
    if cutype:
        bits.append(f"CUTYPE={cutype}")
    bits.append(f"ROLE={role}")
    bits.append(f"PARTSTAT={ps}")
    if rsvp:
        bits.append("RSVP=TRUE")
    if cn:
        bits.append(f"CN={_param(cn)}")
    if extra:
        bits.append(extra)
    return ";".join(bits) + f":mailto:{email}"


def room(email: str, cn: str) -> str:
    return att(email, cn, role="NON-PARTICIPANT", ps="ACCEPTED", cutype="ROOM", rsvp=False)


def me(addr: str = FREE, ps: str = "NEEDS-ACTION", cn: str = ME) -> str:
    return att(addr, cn, ps=ps)


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    bits = ["ORGANIZER"]
    if cn:
        bits.append(f"CN={_param(cn)}")
    if sent_by:
        bits.append(f'SENT-BY="mailto:{sent_by}"')
    return ";".join(bits) + f":mailto:{email}"


def ev(uid: str, summary: str, start: str, end: str | None = None, *, desc: str | None = None,
       loc: str | None = None, organizer: str | None = None, attendees: tuple[str, ...] | list[str] = (),
       extra: tuple[str, ...] | list[str] = (), stamp: str = "20250901T010203Z", seq: int | None = None,
       status: str | None = "CONFIRMED", created: str | None = None,
       pre: tuple[str, ...] | list[str] = ()) -> list[str]:
    """One VEVENT as unfolded content lines."""
    lines = ["BEGIN:VEVENT"]
    lines += list(pre)
    lines.append(f"DTSTART{start}")
    if end:
        lines.append(f"DTEND{end}")
    lines.append(f"DTSTAMP:{stamp}")
    if organizer:
        lines.append(organizer)
    lines.append(f"UID:{uid}")
    lines += list(attendees)
    if created:
        lines.append(f"CREATED:{created}")
    if desc is not None:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if loc is not None:
        lines.append(f"LOCATION:{esc(loc)}")
    if seq is not None:
        lines.append(f"SEQUENCE:{seq}")
    if status:
        lines.append(f"STATUS:{status}")
    lines.append(f"SUMMARY:{esc(summary)}")
    lines += list(extra)
    lines.append("END:VEVENT")
    return lines


def cal(events: list[list[str]], *, prodid: str = "-//Google Inc//Google Calendar 70.9054//EN",
        method: str | None = "REQUEST", tzs: tuple[str, ...] = (), head: tuple[str, ...] = ()) -> str:
    """A whole VCALENDAR: header, VTIMEZONE blocks, events; folded, CRLF."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    for block in tzs:
        lines += block.strip("\n").split("\n")
    for event in events:
        lines += event
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def _vtz(tzid: str, std: tuple[str, str, str, str], dst: tuple[str, str, str, str] | None, names=("", "")) -> str:
    """std/dst: (dtstart, from, to, rrule)."""
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    for kind, spec, name in (("STANDARD", std, names[0]), ("DAYLIGHT", dst, names[1])):
        if spec is None:
            continue
        out += [f"BEGIN:{kind}", f"DTSTART:{spec[0]}", f"TZOFFSETFROM:{spec[1]}", f"TZOFFSETTO:{spec[2]}"]
        if spec[3]:
            out.append(f"RRULE:{spec[3]}")
        if name:
            out.append(f"TZNAME:{name}")
        out.append(f"END:{kind}")
    out.append("END:VTIMEZONE")
    return "\n".join(out)


_NZ_STD = ("16010101T030000", "+1300", "+1200", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=4")
_NZ_DST = ("16010101T020000", "+1200", "+1300", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=9")
_AU_STD = ("16010101T030000", "+1100", "+1000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=4")
_AU_DST = ("16010101T020000", "+1000", "+1100", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=10")
_EU_STD = ("16010101T030000", "+0200", "+0100", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10")
_EU_DST = ("16010101T020000", "+0100", "+0200", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3")

# IANA-named blocks as Google/Apple write them
AKL = _vtz("Pacific/Auckland", ("19700405T030000", "+1300", "+1200", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"),
           ("19700927T020000", "+1200", "+1300", "FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU"), ("NZST", "NZDT"))
SYD = _vtz("Australia/Sydney", ("19700405T030000", "+1100", "+1000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"),
           ("19701004T020000", "+1000", "+1100", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"), ("AEST", "AEDT"))
MEL = _vtz("Australia/Melbourne", ("19700405T030000", "+1100", "+1000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"),
           ("19701004T020000", "+1000", "+1100", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"), ("AEST", "AEDT"))
BNE = _vtz("Australia/Brisbane", ("19700101T000000", "+1000", "+1000", ""), None, ("AEST", ""))
BER = _vtz("Europe/Berlin", ("19701025T030000", "+0200", "+0100", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
           ("19700329T020000", "+0100", "+0200", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"), ("CET", "CEST"))
PAR = _vtz("Europe/Paris", ("19701025T030000", "+0200", "+0100", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
           ("19700329T020000", "+0100", "+0200", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"), ("CET", "CEST"))
MAD = _vtz("Europe/Madrid", ("19701025T030000", "+0200", "+0100", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
           ("19700329T020000", "+0100", "+0200", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"), ("CET", "CEST"))
# Windows names as Outlook/Exchange write them
WIN_NZ = _vtz("New Zealand Standard Time", _NZ_STD, _NZ_DST)
WIN_AUS = _vtz("AUS Eastern Standard Time", _AU_STD, _AU_DST)
WIN_EU = _vtz("W. Europe Standard Time", _EU_STD, _EU_DST)
OUT_NZ = _vtz("(UTC+12:00) Auckland, Wellington", _NZ_STD, _NZ_DST)
OUT_AUS = _vtz("(UTC+10:00) Canberra, Melbourne, Sydney", _AU_STD, _AU_DST)
OUT_PAR = _vtz("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", _EU_STD, _EU_DST)
OUT_BER = _vtz("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", _EU_STD, _EU_DST)

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 18.5//EN"
MACCAL = "-//Apple Inc.//macOS 15.5//EN"
THUNDER = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def teams(url_id: str, meeting_id: str, code: str) -> str:
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{url_id}"
            "%40thread.v2/0>\n"
            f"Meeting ID: {meeting_id}\nPasscode: {code}\nDownload Teams | Join on the web\n"
            "Learn More | Meeting options\n"
            "________________________________________________________________________________")


def zoom(mid: str, pwd: str, host: str = "us06web") -> str:
    digits = mid.replace(" ", "")
    return (f"Join Zoom Meeting\nhttps://{host}.zoom.us/j/{digits}?pwd={pwd}\n\nMeeting ID: {mid}\n"
            f"Passcode: {pwd[:6]}\n\n---\n\nOne tap mobile\n+6498846780,,{digits}# New Zealand\n"
            f"+61280156011,,{digits}# Australia\n")


def meet(code: str, pin: str = "") -> str:
    s = (f"Join with Google Meet: https://meet.google.com/{code}\n\nJoin by phone\n"
         f"(NZ) +64 9 887 4412 PIN: {pin or '402 118 377'}#\n\n"
         "Learn more about Meet at: https://support.google.com/a/users/answer/9282720")
    return s


def item(kind: str, text: str, uid: str, iv: int = 1, company: str = "", role: str = "", stage: str = "",
         who: tuple[str, ...] = (), trap: str = "") -> dict:
    """One labelled file: its kind (for the file name), its text and its labels.csv cells."""
    return {"kind": kind, "text": text, "uid": uid, "is_interview": iv, "company": company, "role": role,
            "stage": stage, "interviewers": ";".join(who), "trap": trap or kind}


def alt(html_body: str) -> str:
    """An Outlook X-ALT-DESC line (HTML body)."""
    return ("X-ALT-DESC;FMTTYPE=text/html:" + esc('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML><BODY>'
            + html_body + "</BODY></HTML>"))
