"""Raw iCalendar helpers for the holdout62 event split (written blind, text composed by hand).

Nothing here uses an iCalendar library: lines are assembled as the sending tools write them, then folded
at 75 octets (or left long for the tools that do not fold).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

CRLF = "\r\n"
ME = "matthias.keller@bluewin.ch"
ME_WORK = "matthias.keller@bd.zh.ch"
SPLIT = "holdout62"


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


def h(seed: str, n: int = 32, upper: bool = False) -> str:
    """Deterministic hex string of length n derived from seed."""
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"h62|{seed}|{i}".encode()).hexdigest()
        i += 1
    out = out[:n]
    return out.upper() if upper else out


def digits(seed: str, n: int) -> str:
    raw = str(int(h(seed, 40), 16))
    return raw[:n]


def alnum(seed: str, n: int) -> str:
    abc = "abcdefghijklmnopqrstuvwxyz0123456789"
    v = int(h(seed, 64), 16)
    out = []
    for _ in range(n):
        v, r = divmod(v, len(abc))
        out.append(abc[r])
    return "".join(out)


def uuid(seed: str, upper: bool = False) -> str:
    x = h(seed, 32, upper)
    var = "A" if upper else "a"
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-{var}{x[17:20]}-{x[20:]}"


def outlook_uid(seed: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + h(seed + "a", 16, True) + "00000000000000001000000" + h(
        seed + "b", 32, True
    )


def google_uid(seed: str) -> str:
    return alnum(seed, 26) + "@google.com"


def esc(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def pv(value: str) -> str:
    """Parameter value, quoted when it holds a separator."""
    if any(c in value for c in ',;:'):
        return f'"{value}"'
    return value


def fold(line: str) -> str:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            parts.append(cur)
            cur = ch
            limit = 74
        else:
            cur += ch
    parts.append(cur)
    return (CRLF + " ").join(parts)


def render(lines: list[str], folded: bool = True) -> str:
    return "".join((fold(x) if folded else x) + CRLF for x in lines)


def utc(local: str, tz: str = "Europe/Zurich") -> str:
    """'20251014T0930' in zone tz -> '20251014T073000Z'."""
    d = datetime(
        int(local[0:4]), int(local[4:6]), int(local[6:8]), int(local[9:11]), int(local[11:13]), tzinfo=ZoneInfo(tz)
    )
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(local: str) -> str:
    """'20251014T0930' -> '20251014T093000'."""
    return local + "00"


def dtp(prop: str, local: str, tzid: str | None) -> str:
    if tzid is None:
        return f"{prop}:{loc(local)}"
    return f"{prop};TZID={pv(tzid)}:{loc(local)}"


def olson_tz(tzid: str = "Europe/Zurich", lic: bool = True) -> list[str]:
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if lic:
        out.append(f"X-LIC-LOCATION:{tzid}")
    out += [
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    return out


WIN_WEST = "W. Europe Standard Time"
WIN_LONG_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
WIN_LONG_EN = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
WIN_ROMANCE = "Romance Standard Time"


def windows_tz(tzid: str = WIN_WEST) -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def att(email: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        rsvp: bool = True, cutype: str | None = None, extra: str = "") -> str:
    ps = []
    if cutype:
        ps.append(f"CUTYPE={cutype}")
    ps.append(f"ROLE={role}")
    ps.append(f"PARTSTAT={partstat}")
    if rsvp:
        ps.append("RSVP=TRUE")
    if cn:
        ps.append(f"CN={pv(cn)}")
    if extra:
        ps.append(extra)
    return "ATTENDEE;" + ";".join(ps) + f":mailto:{email}"


def g_att(email: str, cn: str | None = None, partstat: str = "NEEDS-ACTION", role: str = "REQ-PARTICIPANT",
          cutype: str = "INDIVIDUAL") -> str:
    """Google Calendar attendee (CN falls back to the address, X-NUM-GUESTS)."""
    return (f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={pv(cn or email)};"
            f"X-NUM-GUESTS=0:mailto:{email}")


def o_att(email: str, cn: str, role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION") -> str:
    """Outlook/Exchange attendee."""
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={pv(cn)}:mailto:{email}"


def o_room(email: str, cn: str) -> str:
    return f"ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={pv(cn)}:mailto:{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    ps = ""
    if cn:
        ps += f";CN={pv(cn)}"
    if sent_by:
        ps += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{ps}:mailto:{email}"


def html_of(desc: str) -> str:
    body = (desc.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    paras = "".join(f"<p class=MsoNormal>{p or '&nbsp;'}</p>" for p in body.split("\n"))
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" '
            'CONTENT="MS Exchange Server version 16.0.17928.20114">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n'
            f'<div class=WordSection1>{paras}</div>\n</BODY>\n</HTML>')


def valarm(minutes: int = 15, text: str = "Reminder") -> list[str]:
    return ["BEGIN:VALARM", f"DESCRIPTION:{esc(text)}", f"TRIGGER;RELATED=START:-PT{minutes}M", "ACTION:DISPLAY",
            "END:VALARM"]


def vcal(head: list[str], comps: list[list[str]], folded: bool = True) -> str:
    lines = ["BEGIN:VCALENDAR", *head]
    for c in comps:
        lines += c
    lines.append("END:VCALENDAR")
    return render(lines, folded)


def head_google(method: str | None = "REQUEST", calname: str | None = None, wrtz: str | None = None) -> list[str]:
    out = ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        out.append(f"METHOD:{method}")
    if calname:
        out.append(f"X-WR-CALNAME:{esc(calname)}")
    if wrtz:
        out.append(f"X-WR-TIMEZONE:{wrtz}")
    return out


def head_outlook(method: str = "REQUEST", prodid: str = "Microsoft Exchange Server 2010") -> list[str]:
    return [f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]


def head_apple(method: str | None = "REQUEST", os_: str = "iPhone OS 18.1.1") -> list[str]:
    out = ["VERSION:2.0", f"PRODID:-//Apple Inc.//{os_}//EN", "CALSCALE:GREGORIAN"]
    if method:
        out.append(f"METHOD:{method}")
    return out


def head_tb(method: str | None = "REQUEST") -> list[str]:
    out = ["PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0"]
    if method:
        out.append(f"METHOD:{method}")
    return out


def head_generic(prodid: str, method: str | None = "REQUEST") -> list[str]:
    out = ["VERSION:2.0", f"PRODID:{prodid}", "CALSCALE:GREGORIAN"]
    if method:
        out.append(f"METHOD:{method}")
    return out


def outlook_event(*, uid: str, start: str, end: str, summary: str, desc: str, organizer: str, atts: list[str],
                  location: str = "", lang: str = "de-CH", tzid: str = WIN_WEST, seq: int = 0,
                  status: str = "CONFIRMED", stamp: str = "20251001T080000Z", html: bool = True,
                  teams_url: str | None = None, busy: str = "TENTATIVE", extra: list[str] | None = None,
                  alarm: int | None = 15) -> list[str]:
    """One Outlook/Exchange VEVENT (Windows zone name TZID, LANGUAGE params, X-MICROSOFT-*)."""
    out = ["BEGIN:VEVENT", organizer, *atts, f"DESCRIPTION;LANGUAGE={lang}:{esc(desc)}", f"UID:{uid}",
           f"SUMMARY;LANGUAGE={lang}:{esc(summary)}", dtp("DTSTART", start, tzid), dtp("DTEND", end, tzid),
           "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", f"STATUS:{status}",
           f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{esc(location)}", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
           f"X-MICROSOFT-CDO-OWNERAPPTID:{int(h(uid, 7), 16) - 2**27}", f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
           "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
           "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        out += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}", "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:",
                "X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_" + alnum(uid, 20) + "@thread.v2\"}"]
    out += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if html:
        out.insert(out.index(f"UID:{uid}"), f"X-ALT-DESC;FMTTYPE=text/html:{esc(html_of(desc))}")
    if extra:
        out += extra
    if alarm is not None:
        out += valarm(alarm)
    out.append("END:VEVENT")
    return out


def google_event(*, uid: str, start: str, end: str, summary: str, desc: str, organizer: str, atts: list[str],
                 location: str = "", tz: str = "Europe/Zurich", seq: int = 0, status: str = "CONFIRMED",
                 stamp: str = "20251001T080000Z", created: str = "20250930T120000Z", meet: str | None = None,
                 extra: list[str] | None = None) -> list[str]:
    """One Google Calendar VEVENT (UTC times, X-GOOGLE-CONFERENCE)."""
    out = ["BEGIN:VEVENT", f"DTSTART:{utc(start, tz)}", f"DTEND:{utc(end, tz)}", f"DTSTAMP:{stamp}", organizer,
           f"UID:{uid}", *atts]
    if meet:
        out.append(f"X-GOOGLE-CONFERENCE:{meet}")
    out += [f"CREATED:{created}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{stamp}",
            f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}",
            "TRANSP:OPAQUE"]
    if extra:
        out += extra
    out.append("END:VEVENT")
    return out


def apple_event(*, uid: str, start: str, end: str, summary: str, organizer: str | None = None,
                atts: list[str] | None = None, desc: str = "", location: str = "", tzid: str | None = "Europe/Zurich",
                seq: int = 0, stamp: str = "20251001T080000Z", url: str = "", alarm: int | None = 30,
                extra: list[str] | None = None) -> list[str]:
    """One Apple Calendar (macOS/iOS) VEVENT."""
    out = ["BEGIN:VEVENT", f"CREATED:{stamp}", f"DTEND{';TZID=' + tzid if tzid else ''}:{loc(end)}",
           f"DTSTAMP:{stamp}", f"DTSTART{';TZID=' + tzid if tzid else ''}:{loc(start)}", f"LAST-MODIFIED:{stamp}"]
    if organizer:
        out.append(organizer)
    out += atts or []
    if desc:
        out.append(f"DESCRIPTION:{esc(desc)}")
    if location:
        out.append(f"LOCATION:{esc(location)}")
    out += [f"SEQUENCE:{seq}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", f"UID:{uid}"]
    if url:
        out.append(f"URL;VALUE=URI:{url}")
    if extra:
        out += extra
    if alarm is not None:
        out += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Erinnerung", f"TRIGGER:-PT{alarm}M",
                f"UID:{uuid(uid + 'alarm', True)}", f"X-WR-ALARMUID:{uuid(uid + 'alarm', True)}", "END:VALARM"]
    out.append("END:VEVENT")
    return out


def tb_event(*, uid: str, start: str, end: str, summary: str, organizer: str | None = None,
             atts: list[str] | None = None, desc: str = "", location: str = "", tzid: str | None = "Europe/Zurich",
             seq: int = 0, stamp: str = "20251001T080000Z", extra: list[str] | None = None) -> list[str]:
    """One Thunderbird (Lightning) VEVENT."""
    out = ["BEGIN:VEVENT", f"CREATED:{stamp}", f"LAST-MODIFIED:{stamp}", f"DTSTAMP:{stamp}", f"UID:{uid}",
           f"SUMMARY:{esc(summary)}"]
    if organizer:
        out.append(organizer)
    out += atts or []
    out += [dtp("DTSTART", start, tzid), dtp("DTEND", end, tzid)]
    if desc:
        out.append(f"DESCRIPTION:{esc(desc)}")
    if location:
        out.append(f"LOCATION:{esc(location)}")
    out += [f"SEQUENCE:{seq}", "TRANSP:OPAQUE"]
    if extra:
        out += extra
    out += ["X-MOZ-GENERATION:1", "END:VEVENT"]
    return out


def plain_event(*, uid: str, start: str, end: str, summary: str, desc: str = "", organizer: str | None = None,
                atts: list[str] | None = None, location: str = "", tzid: str | None = "Europe/Zurich",
                utc_times: bool = False, seq: int = 0, status: str = "CONFIRMED", stamp: str = "20251001T080000Z",
                url: str = "", extra: list[str] | None = None) -> list[str]:
    """A VEVENT in the plain order most ATS and scheduling tools use."""
    out = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}"]
    if utc_times:
        out += [f"DTSTART:{utc(start, tzid or 'Europe/Zurich')}", f"DTEND:{utc(end, tzid or 'Europe/Zurich')}"]
    else:
        out += [dtp("DTSTART", start, tzid), dtp("DTEND", end, tzid)]
    out.append(f"SUMMARY:{esc(summary)}")
    if desc:
        out.append(f"DESCRIPTION:{esc(desc)}")
    if location:
        out.append(f"LOCATION:{esc(location)}")
    if organizer:
        out.append(organizer)
    out += atts or []
    out += [f"STATUS:{status}", f"SEQUENCE:{seq}"]
    if url:
        out.append(f"URL:{url}")
    if extra:
        out += extra
    out.append("END:VEVENT")
    return out
