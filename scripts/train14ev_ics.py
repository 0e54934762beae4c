"""Raw iCalendar text for the train14 event corpus (Lucía Navarro), in the shapes real producers emit.

Given one hand-written event spec (Ev) returns the .ics text and its label row; nothing here decides labels
except the default interviewer list (attendees minus the user, rooms, resources and flagged coordinators).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

ME = "lucia.navarro.r@yahoo.es"
ME_WORK = "lnavarro@colegio-sanjorge.es"
USER = {ME, ME_WORK}

TZ_BLOCKS = {
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Lisbon": ("WET", "WEST", "+0000", "+0100"),
    "Europe/London": ("GMT", "BST", "+0000", "+0100"),
}
WINDOWS = {
    "Romance Standard Time": "Europe/Madrid",
    "W. Europe Standard Time": "Europe/Berlin",
    "GMT Standard Time": "Europe/Lisbon",
}

PRODIDS = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "gexport": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "owa": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 14.4//EN",
    "ios": "-//Apple Inc.//iOS 17.3//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Scheduler//EN",
    "lever": "-//Lever//Lever Interview Scheduling//EN",
    "workday": "-//Workday Inc//Workday Recruiting//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "teamtailor": "-//Teamtailor//Teamtailor Calendar//EN",
    "smartrecruiters": "-//SmartRecruiters//SmartRecruiters Interview//EN",
    "factorial": "-//Factorial HR//Factorial//ES",
    "wttj": "-//Welcome to the Jungle//WTTJ ATS//FR",
    "softgarden": "-//softgarden e-recruiting GmbH//softgarden//DE",
    "infojobs": "-//InfoJobs//InfoJobs Empresas//ES",
    "calendly": "-//Calendly//Calendly Calendar//EN",
    "calcom": "-//Cal.com Inc.//Cal.com Event//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "ashby": "-//Ashby//Ashby Scheduling//EN",
    "taleez": "-//Taleez//Taleez Agenda//FR",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "proton": "-//Proton AG//ProtonCalendar 1.0.0//EN",
}

UID_DOMAINS = {
    "greenhouse": "greenhouse.io", "lever": "lever.co", "workday": "myworkday.com", "personio": "personio.de",
    "teamtailor": "teamtailor.com", "smartrecruiters": "smartrecruiters.com", "factorial": "factorialhr.com",
    "wttj": "welcomekit.co", "softgarden": "softgarden.io", "infojobs": "infojobs.net", "calendly": "calendly.com",
    "calcom": "cal.com", "zoom": "zoom.us", "ashby": "ashbyhq.com", "taleez": "taleez.com",
    "bookings": "outlook.office365.com", "proton": "proton.me",
}


@dataclass
class Ev:
    """One hand-written event; `att` items are "Name <mail>" with optional "|room", "|res", "|opt", "|coord"."""

    kind: str
    lang: str
    title: str
    start: str
    mins: int = 45
    tz: str = "Europe/Madrid"
    prod: str = "google"
    org: str = ""
    att: list[str] = field(default_factory=list)
    desc: str = ""
    loc: str = ""
    status: str = ""
    seq: int = 0
    rrule: str = ""
    override: tuple[str, str, str] | None = None
    interview: bool = False
    company: str = ""
    role: str = ""
    stage: str = ""
    ivs: str | None = None
    extra: list[str] = field(default_factory=list)


def esc(text: str) -> str:
    """Given plain text returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line returns it folded at 75 octets without splitting a UTF-8 character."""
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


def _person(spec: str) -> tuple[str, str, set[str]]:
    parts = spec.split("|")
    main, flags = parts[0].strip(), set(parts[1:])
    if "<" in main:
        name, mail = main.split("<", 1)
        return name.strip(), mail.rstrip(">").strip(), flags
    return "", main, flags


def _cn(name: str) -> str:
    if not name:
        return ""
    if any(c in name for c in ",;:"):
        return f';CN="{name}"'
    return f";CN={name}"


def attendee_line(spec: str, prod: str) -> str:
    """Given an attendee spec and a producer returns the ATTENDEE line that producer would write."""
    name, mail, flags = _person(spec)
    if "room" in flags:
        cutype = "ROOM"
    elif "res" in flags:
        cutype = "RESOURCE"
    else:
        cutype = "INDIVIDUAL"
    role = "OPT-PARTICIPANT" if "opt" in flags else ("NON-PARTICIPANT" if cutype != "INDIVIDUAL" else "REQ-PARTICIPANT")
    if prod in ("google", "gexport"):
        return (f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE{_cn(name)};"
                f"X-NUM-GUESTS=0:mailto:{mail}")
    if prod in ("outlook", "owa", "exchange", "bookings"):
        return f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE{_cn(name)};CUTYPE={cutype}:mailto:{mail}"
    if prod in ("apple", "ios"):
        return (f"ATTENDEE{_cn(name)};CUTYPE={cutype};EMAIL={mail};PARTSTAT=NEEDS-ACTION;ROLE={role};"
                f"RSVP=TRUE:mailto:{mail}")
    return f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT=NEEDS-ACTION{_cn(name)}:mailto:{mail}"


def vtimezone(tzid: str, olson: str, outlook: bool) -> list[str]:
    """Given a TZID and the zone it stands for returns a VTIMEZONE block (Olson rules or Outlook's style)."""
    std, dst, off_std, off_dst = TZ_BLOCKS[olson]
    first = "16010101T030000" if outlook else "19701025T030000"
    first_d = "16010101T020000" if outlook else "19700329T020000"
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not outlook:
        lines.append(f"X-LIC-LOCATION:{olson}")
    lines += ["BEGIN:STANDARD", f"DTSTART:{first}", f"TZOFFSETFROM:{off_dst}", f"TZOFFSETTO:{off_std}"]
    if not outlook:
        lines.append(f"TZNAME:{std}")
    lines += ["RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT", f"DTSTART:{first_d}",
              f"TZOFFSETFROM:{off_std}", f"TZOFFSETTO:{off_dst}"]
    if not outlook:
        lines.append(f"TZNAME:{dst}")
    lines += ["RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
    return lines


def uid_for(ev: Ev) -> str:
    """Given an event returns a stable UID shaped like its producer's."""
    h = hashlib.sha1(f"{ev.title}|{ev.start}|{ev.kind}".encode()).hexdigest()
    if ev.prod in ("google", "gexport"):
        return f"{h[:26]}@google.com"
    if ev.prod in ("outlook", "owa", "exchange"):
        return ("040000008200E00074C5B7101A82E00800000000" + h[:16] + "0000000000000000" + h[16:40]).upper()
    if ev.prod in ("apple", "ios", "thunderbird"):
        uuid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        return uuid if ev.prod == "thunderbird" else uuid.upper()
    return f"{h[:24]}@{UID_DOMAINS.get(ev.prod, ev.prod + '.com')}"


def _stamp(dt: datetime) -> str:
    return dt.strftime("%Y%m%dT%H%M%S")


def _when(ev: Ev, prop: str, value: str, mins_after: int = 0) -> tuple[str, list[str]]:
    """Given the spec's zone style returns the DTSTART/DTEND-style line and any VTIMEZONE it needs."""
    if ev.tz == "day":
        d = datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC) + timedelta(days=mins_after // 1440)
        return f"{prop};VALUE=DATE:{d.strftime('%Y%m%d')}", []
    # wall-clock arithmetic only: the zone is written separately as TZID
    dt = datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=UTC) + timedelta(minutes=mins_after)
    if ev.tz == "utc":
        return f"{prop}:{_stamp(dt)}Z", []
    if ev.tz.startswith("float"):
        return f"{prop}:{_stamp(dt)}", []
    if ev.tz.startswith("win:"):
        name = ev.tz[4:]
        return f'{prop};TZID="{name}":{_stamp(dt)}' if " " in name and "(" in name else \
            f"{prop};TZID={name}:{_stamp(dt)}", []
    if ev.tz.startswith("winvt:"):
        name = ev.tz[6:]
        return f"{prop};TZID={name}:{_stamp(dt)}", vtimezone(name, WINDOWS[name], True)
    return f"{prop};TZID={ev.tz}:{_stamp(dt)}", vtimezone(ev.tz, ev.tz, False)


def _vevent(ev: Ev, uid: str, start: str, recur_id: str = "", status: str = "", seq: int = 0) -> list[str]:
    lines = ["BEGIN:VEVENT"]
    dstart, _ = _when(ev, "DTSTART", start)
    dend, _ = _when(ev, "DTEND", start, ev.mins if ev.tz != "day" else max(ev.mins, 1440))
    lines += [dstart, dend, "DTSTAMP:20260110T091500Z"]
    if ev.org:
        name, mail, _ = _person(ev.org)
        lines.append(f"ORGANIZER{_cn(name)}:mailto:{mail}")
    lines.append(f"UID:{uid}")
    if recur_id:
        rid, _ = _when(ev, "RECURRENCE-ID", recur_id)
        lines.append(rid)
    elif ev.rrule:
        lines.append(f"RRULE:{ev.rrule}")
    for a in ev.att:
        lines.append(attendee_line(a, ev.prod))
    if ev.prod in ("google", "gexport"):
        lines.append("CREATED:20260108T101204Z")
    if ev.desc:
        lines.append(f"DESCRIPTION:{esc(ev.desc)}")
    if ev.prod in ("outlook", "owa") and ev.desc and len(ev.desc) > 120:
        body = esc(ev.desc).replace("\\n", "<br>")
        lines.append(f"X-ALT-DESC;FMTTYPE=text/html:<html><body><p>{body}</p></body></html>")
    lines.append("LAST-MODIFIED:20260109T172233Z")
    if ev.loc:
        lines.append(f"LOCATION:{esc(ev.loc)}")
    lines.append(f"SEQUENCE:{seq}")
    lines.append(f"STATUS:{status or 'CONFIRMED'}")
    lines.append(f"SUMMARY:{esc(ev.title)}")
    lines.append("TRANSP:OPAQUE")
    if ev.prod in ("outlook", "owa", "exchange"):
        lines += ["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"]
    lines += ev.extra
    if ev.prod in ("apple", "ios"):
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT30M",
                  f"UID:{uid[:8]}-ALARM", "END:VALARM"]
    lines.append("END:VEVENT")
    return lines


def render(ev: Ev) -> tuple[str, str]:
    """Given an event spec returns (UID, the whole .ics text with CRLF line ends and folded lines)."""
    uid = uid_for(ev)
    head = ["BEGIN:VCALENDAR", f"PRODID:{PRODIDS[ev.prod]}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    cancelled = ev.status == "CANCELLED"
    if ev.prod == "gexport":
        head += ["X-WR-CALNAME:Lucía", "X-WR-TIMEZONE:Europe/Madrid"]
    elif ev.tz.startswith("float:"):
        head += [f"X-WR-TIMEZONE:{ev.tz[6:]}"]
    else:
        head.append("METHOD:CANCEL" if cancelled and ev.prod in ("outlook", "owa", "exchange") else "METHOD:REQUEST")
    _, tzlines = _when(ev, "DTSTART", ev.start)
    body = _vevent(ev, uid, ev.start, status=ev.status, seq=ev.seq)
    if ev.override:
        rid, new_start, st = ev.override
        body += _vevent(ev, uid, new_start or rid, recur_id=rid, status=st, seq=ev.seq + 1)
    lines = head + tzlines + body + ["END:VCALENDAR"]
    return uid, "\r\n".join(fold(line) for line in lines) + "\r\n"


def interviewers(ev: Ev) -> str:
    """Given a positive event returns its labelled interviewers: people minus the user, rooms and coordinators."""
    if ev.ivs is not None:
        return ev.ivs
    out: list[str] = []
    for spec in ([ev.org] if ev.org else []) + ev.att:
        _, mail, flags = _person(spec)
        if mail.lower() in USER or flags & {"room", "res", "coord"} or mail in out:
            continue
        out.append(mail)
    return ";".join(out)
