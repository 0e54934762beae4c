"""Raw iCalendar text for the train10 event corpus, shaped like the producers that emit it.

Given an `Ev` (what the calendar entry says plus its label) `render` returns the .ics text that Google
Calendar, Outlook/Exchange, Apple Calendar, an ATS or a scheduling tool would write for it. Deterministic:
every identifier is derived from the event's index and title.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

ME = "priya.raman@fastmail.com"
MEW = "priya.raman@lumengrid.energy"
ME_NAME = "Priya Raman"
STAMP = "20260110T081500Z"

WINDOWS = {
    "Europe/Amsterdam": "W. Europe Standard Time",
    "Europe/Berlin": "W. Europe Standard Time",
    "Europe/Paris": "Romance Standard Time",
    "Europe/Madrid": "Romance Standard Time",
    "Europe/London": "GMT Standard Time",
}
WINDOWS_LONG = {
    "Europe/Amsterdam": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Europe/Berlin": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Europe/Paris": "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
    "Europe/Madrid": "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
    "Europe/London": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
}


@dataclass
class Ev:
    """One calendar entry and its label; `att`/`org` use the notation parsed by `person`."""

    kind: str
    lang: str
    title: str
    start: str
    pos: bool
    minutes: int = 45
    prod: str = "google"
    tz: str = "Europe/Amsterdam"
    tzstyle: str = ""
    org: str = ""
    att: list[str] = field(default_factory=list)
    desc: str = ""
    loc: str = ""
    call: str = ""
    status: str = ""
    allday: int = 0
    rrule: str = ""
    override: dict[str, str] = field(default_factory=dict)
    org_att: bool | None = None
    company: str = ""
    role: str = ""
    stage: str = ""
    ivs: list[str] | None = None
    seq: int = 0


@dataclass
class Person:
    name: str
    email: str
    cutype: str = "INDIVIDUAL"
    role: str = "REQ-PARTICIPANT"
    coordinator: bool = False


def person(spec: str) -> Person:
    """Given "Name <email>" with an optional prefix (? optional, # room, % resource, ~ coordinator, ! chair)
    or ME / MEW returns the Person."""
    if spec == "ME":
        return Person(ME_NAME, ME)
    if spec == "MEW":
        return Person(ME_NAME, MEW)
    p = Person("", "")
    while spec[0] in "?#%~!":
        mark, spec = spec[0], spec[1:]
        if mark == "?":
            p.role = "OPT-PARTICIPANT"
        elif mark == "#":
            p.cutype, p.role = "ROOM", "NON-PARTICIPANT"
        elif mark == "%":
            p.cutype, p.role = "RESOURCE", "NON-PARTICIPANT"
        elif mark == "~":
            p.coordinator = True
        else:
            p.role = "CHAIR"
    if "<" in spec:
        name, _, rest = spec.partition("<")
        p.name, p.email = name.strip(), rest.rstrip(">").strip()
    else:
        p.email = spec.strip()
    return p


def interviewers(ev: Ev) -> list[str]:
    """Given an event returns its interviewer label: explicit `ivs`, else attendees and organizer minus the user,
    rooms, resources and coordinators."""
    if not ev.pos:
        return []
    if ev.ivs is not None:
        return ev.ivs
    out: list[str] = []
    specs = list(ev.att) + ([ev.org] if ev.org and _org_attends(ev) else [])
    for spec in specs:
        p = person(spec)
        if p.email in (ME, MEW) or p.cutype != "INDIVIDUAL" or p.coordinator or p.email in out:
            continue
        out.append(p.email)
    return out


def _org_attends(ev: Ev) -> bool:
    if ev.org_att is not None:
        return ev.org_att
    return ev.prod in ("google", "outlook", "outlook-bare", "owa", "zoom", "webex", "gcal-export")


def esc(text: str) -> str:
    """Given free text returns it escaped for a TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, width: int = 75) -> str:
    """Given one content line returns it folded at `width` octets without splitting a character."""
    out: list[str] = []
    cur, size, limit = "", 0, width
    for ch in line:
        n = len(ch.encode())
        if size + n > limit:
            out.append(cur)
            cur, size, limit = " ", 1, width
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def _uid(ev: Ev, idx: int) -> str:
    h = hashlib.sha1(f"train10:{idx}:{ev.title}".encode()).hexdigest()
    p = ev.prod
    if p in ("google", "gcal-export"):
        return f"{h[:26]}@google.com"
    if p in ("outlook", "outlook-bare", "owa"):
        return ("040000008200E00074C5B7101A82E00800000000" + h[:16] + "0100000000000000001000000" + h[16:32]).upper()
    if p == "apple":
        u = h[:32].upper()
        return f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
    host = {"greenhouse": "greenhouse.io", "lever": "hire.lever.co", "ashby": "ashbyhq.com",
            "workday": "myworkday.com", "personio": "personio.de", "calendly": "calendly.com",
            "cal": "cal.com", "teamtailor": "teamtailor.com", "softgarden": "softgarden.io",
            "wttj": "welcometothejungle.com", "bookings": "outlook.office365.com", "recruitee": "recruitee.com",
            "factorial": "factorialhr.com", "join": "join.com", "goodtime": "goodtime.io", "zoom": "zoom.us",
            "webex": "webex.com", "workable": "workable.com", "smartrecruiters": "smartrecruiters.com",
            }.get(p, "x.invalid")
    return f"{h[:8]}-{h[8:12]}-{h[12:24]}@{host}"


PRODID = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "gcal-export": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "outlook-bare": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "owa": "-//Microsoft Corporation//Outlook for Web//EN",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "apple": "-//Apple Inc.//macOS 14.5//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Recruiting//EN",
    "lever": "-//Lever//Lever Hire//EN",
    "ashby": "-//Ashby//Ashby Scheduling//EN",
    "workday": "-//Workday Inc//Workday Recruiting//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "calendly": "-//Calendly//Calendly//EN",
    "cal": "-//Cal.com Inc.//Cal.com Event//EN",
    "teamtailor": "-//Teamtailor//Teamtailor//EN",
    "softgarden": "-//softgarden e-recruiting GmbH//softgarden//DE",
    "wttj": "-//Welcome to the Jungle//WTTJ ATS//FR",
    "recruitee": "-//Recruitee//Recruitee//EN",
    "factorial": "-//Factorial HR//Factorial//ES",
    "join": "-//JOIN Solutions AG//JOIN//EN",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco Webex//Webex Meetings//EN",
    "workable": "-//Workable//Workable//EN",
    "smartrecruiters": "-//SmartRecruiters//SmartRecruiters//EN",
}


def _tzstyle(ev: Ev) -> str:
    if ev.allday:
        return "allday"
    if ev.tzstyle:
        return ev.tzstyle
    return {"outlook": "windows", "owa": "windows", "outlook-bare": "windows-bare", "bookings": "utc",
            "apple": "floating", "gcal-export": "wr", "calendly": "utc", "cal": "utc", "lever": "utc",
            "greenhouse": "utc", "ashby": "utc", "goodtime": "utc", "zoom": "olson"}.get(ev.prod, "olson")


def _cet_block(tzid: str, london: bool, outlook: bool) -> list[str]:
    std, dst = ("+0000", "+0100") if london else ("+0100", "+0200")
    names = ("GMT", "BST") if london else ("CET", "CEST")
    if outlook:
        d_on, d_off = ("16010101T010000", "16010101T020000") if london else ("16010101T020000", "16010101T030000")
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", f"DTSTART:{d_off}", f"TZOFFSETFROM:{dst}",
                f"TZOFFSETTO:{std}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                "BEGIN:DAYLIGHT", f"DTSTART:{d_on}", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
    d_on, d_off = ("19700329T010000", "19701025T020000") if london else ("19700329T020000", "19701025T030000")
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}", "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}", f"TZNAME:{names[1]}", f"DTSTART:{d_on}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT", "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{names[0]}",
            f"DTSTART:{d_off}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"]


def _times(ev: Ev, style: str, start: str, minutes: int, name: str = "DTSTART") -> list[str]:
    """Given a local "YYYY-MM-DD HH:MM" start returns DTSTART/DTEND lines in the event's time-zone style."""
    local = datetime.strptime(start, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(ev.tz))
    if style == "allday":
        d = local.date()
        lines = [f"{name};VALUE=DATE:{d:%Y%m%d}"]
        if name == "DTSTART":
            lines.append(f"DTEND;VALUE=DATE:{d + timedelta(days=ev.allday):%Y%m%d}")
        return lines
    end = local + timedelta(minutes=minutes)
    pairs = [(name, local)] + ([("DTEND", end)] if name == "DTSTART" else [])
    out: list[str] = []
    for key, t in pairs:
        if style == "utc":
            out.append(f"{key}:{t.astimezone(UTC):%Y%m%dT%H%M%SZ}")
        elif style in ("floating", "wr"):
            out.append(f"{key}:{t:%Y%m%dT%H%M%S}")
        elif style in ("windows", "windows-bare"):
            out.append(f"{key};TZID={WINDOWS[ev.tz]}:{t:%Y%m%dT%H%M%S}")
        elif style == "windows-long":
            out.append(f'{key};TZID="{WINDOWS_LONG[ev.tz]}":{t:%Y%m%dT%H%M%S}')
        else:
            out.append(f"{key};TZID={ev.tz}:{t:%Y%m%dT%H%M%S}")
    return out


def _cal_address(key: str, p: Person, ev: Ev, organizer: bool = False) -> str:
    params = []
    if p.name:
        cn = f'"{p.name}"' if ("," in p.name or ";" in p.name or ":" in p.name) else p.name
        params.append(f"CN={cn}")
    if not organizer:
        part = "ACCEPTED" if p.email == _org_email(ev) else "NEEDS-ACTION"
        params = [f"CUTYPE={p.cutype}", f"ROLE={p.role}", f"PARTSTAT={part}", *params]
        if ev.prod in ("google",):
            params.append("X-NUM-GUESTS=0")
        if p.cutype == "INDIVIDUAL" and part == "NEEDS-ACTION":
            params.insert(3, "RSVP=TRUE")
    sep = ";" if params else ""
    return f"{key}{sep}{';'.join(params)}:mailto:{p.email}"


def _org_email(ev: Ev) -> str:
    return person(ev.org).email if ev.org else ""


def _event_lines(ev: Ev, idx: int, style: str, desc: str) -> list[str]:
    uid = _uid(ev, idx)
    cancelled = ev.status == "CANCELLED"
    lines = ["BEGIN:VEVENT", *_times(ev, style, ev.start, ev.minutes), f"DTSTAMP:{STAMP}"]
    if ev.rrule:
        lines.append(f"RRULE:{ev.rrule}")
    if ev.org:
        lines.append(_cal_address("ORGANIZER", person(ev.org), ev, organizer=True))
    lines.append(f"UID:{uid}")
    specs = list(ev.att)
    if ev.org and _org_attends(ev) and ev.org not in specs:
        specs.insert(0, ev.org)
    lines += [_cal_address("ATTENDEE", person(s), ev) for s in specs]
    lines += ["CREATED:20260105T101000Z", f"DESCRIPTION:{esc(desc)}" if desc else "",
              "LAST-MODIFIED:20260109T163000Z", f"LOCATION:{esc(ev.loc)}" if ev.loc else "",
              f"SEQUENCE:{ev.seq + (1 if cancelled else 0)}",
              f"STATUS:{'CANCELLED' if cancelled else (ev.status or 'CONFIRMED')}",
              f"SUMMARY:{esc(ev.title)}", "TRANSP:OPAQUE"]
    if ev.prod in ("outlook", "owa", "outlook-bare"):
        lines += ["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
                  "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"]
    if ev.prod == "google" and ev.call == "meet":
        code = hashlib.md5(ev.title.encode()).hexdigest()
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{_meet_code(code)}")
    if ev.prod == "apple":
        lines.append(f"X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal{'' if idx % 2 else '.ios'}")
        if ev.loc:
            lines.append(f'X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70;X-TITLE="{ev.loc.split(",")[0]}"'
                         ":geo:52.370216,4.895168")
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT30M",
                  f"UID:{uid[:8]}-ALARM", "END:VALARM"]
    lines.append("END:VEVENT")
    if ev.override:
        o = ev.override
        lines += ["BEGIN:VEVENT", *_times(ev, style, o.get("start", o["rid"]), int(o.get("minutes", ev.minutes))),
                  f"DTSTAMP:{STAMP}", *_times(ev, style, o["rid"], 0, "RECURRENCE-ID")]
        if ev.org:
            lines.append(_cal_address("ORGANIZER", person(ev.org), ev, organizer=True))
        lines += [f"UID:{uid}", f"SEQUENCE:{ev.seq + 1}", f"STATUS:{o.get('status', 'CONFIRMED')}",
                  f"SUMMARY:{esc(o.get('title', ev.title))}"]
        if o.get("desc", desc):
            lines.append(f"DESCRIPTION:{esc(o.get('desc', desc))}")
        lines.append("END:VEVENT")
    return [x for x in lines if x]


def _meet_code(h: str) -> str:
    letters = "".join(chr(97 + int(c, 16) % 26) for c in h)
    return f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"


def render(ev: Ev, idx: int, desc: str) -> str:
    """Given an event, its index and the full description (boilerplate already added) returns the .ics text."""
    style = _tzstyle(ev)
    method = "CANCEL" if ev.status == "CANCELLED" and ev.prod not in ("apple", "gcal-export") else "REQUEST"
    head = ["BEGIN:VCALENDAR", f"PRODID:{PRODID[ev.prod]}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if ev.prod not in ("apple", "gcal-export"):
        head.append(f"METHOD:{method}")
    if style == "wr" or ev.prod == "gcal-export":
        head += ["X-WR-CALNAME:Priya", f"X-WR-TIMEZONE:{ev.tz}"]
    if style == "olson":
        head += _cet_block(ev.tz, ev.tz == "Europe/London", outlook=False)
    elif style == "windows":
        head += _cet_block(WINDOWS[ev.tz], ev.tz == "Europe/London", outlook=True)
    elif style == "windows-long":
        head += _cet_block(WINDOWS_LONG[ev.tz], ev.tz == "Europe/London", outlook=True)
    body = _event_lines(ev, idx, style, desc)
    return "\r\n".join(fold(x) for x in [*head, *body, "END:VCALENDAR"]) + "\r\n"


def day(s: str) -> date:
    """Given "YYYY-MM-DD HH:MM" returns the date part."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=UTC).date()
