"""Raw iCalendar text for the holdout9 event corpus: one event spec in, the text a producer would emit out.

Written without looking at the classifier or the other generators; the folding, escaping and zone blocks are
the shapes Google, Outlook/Exchange, Apple and the ATS/scheduler exporters put on the wire.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ME_PRIVATE = "noa.bergmann@posteo.de"
ME_WORK = "noa.bergmann@tessaro-werke.de"

# Producer name -> (PRODID, METHOD or "" for a plain export).
PRODUCERS: dict[str, tuple[str, str]] = {
    "google": ("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST"),
    "google-export": ("-//Google Inc//Google Calendar 70.9054//EN", ""),
    "outlook": ("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "REQUEST"),
    "owa": ("Microsoft Exchange Server 2010", "REQUEST"),
    "apple": ("-//Apple Inc.//macOS 15.3//EN", ""),
    "ios": ("-//Apple Inc.//iOS 18.2//EN", ""),
    "personio": ("-//Personio GmbH//Personio Recruiting//DE", "REQUEST"),
    "successfactors": ("-//SAP SuccessFactors//Interview Scheduling//EN", "REQUEST"),
    "workday": ("-//Workday Inc//Workday Recruiting//EN", "REQUEST"),
    "softgarden": ("-//softgarden e-recruiting GmbH//softgarden//DE", "REQUEST"),
    "rexx": ("-//rexx systems GmbH//rexx Recruitment 2026//DE", "REQUEST"),
    "dvinci": ("-//d.vinci HR-Systems GmbH//d.vinci Interviewplaner//DE", "REQUEST"),
    "stepstone": ("-//StepStone GmbH//StepStone Termine//DE", "REQUEST"),
    "indeed": ("-//Indeed//Indeed Interview//EN", "REQUEST"),
    "greenhouse": ("-//Greenhouse Software//Greenhouse Recruiting//EN", "REQUEST"),
    "lever": ("-//Lever//Lever Hire//EN", "REQUEST"),
    "calendly": ("-//Calendly//Calendly Scheduling//EN", "REQUEST"),
    "calcom": ("-//Cal.com Inc.//Cal.com Event//EN", "REQUEST"),
    "goodtime": ("-//GoodTime.io//GoodTime Hire//EN", "REQUEST"),
    "zoom": ("-//zoom.us//iCalendar Event//EN", ""),
    "webex": ("-//Cisco Systems Inc.//Webex Meetings//EN", "REQUEST"),
    "gotomeeting": ("-//GoTo Technologies//GoTo Meeting//EN", ""),
    "thunderbird": ("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", ""),
}

VTZ_BERLIN = """BEGIN:VTIMEZONE
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

VTZ_OUTLOOK_WEU = """BEGIN:VTIMEZONE
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

VTZ_OUTLOOK_ROMANCE = VTZ_OUTLOOK_WEU.replace("W. Europe Standard Time", "Romance Standard Time")
VTZ_OUTLOOK_UTC1 = VTZ_OUTLOOK_WEU.replace(
    "W. Europe Standard Time", "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
)

VTZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
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


def _olson(tzid: str) -> str:
    """Given a CET-family Olson name, returns a VTIMEZONE block for it (same rules as Berlin)."""
    return VTZ_BERLIN.replace("Europe/Berlin", tzid)


# TZ style -> (TZID to write on DTSTART or "" for floating/UTC, VTIMEZONE block or "").
TZ_STYLES: dict[str, tuple[str, str]] = {
    "berlin": ("Europe/Berlin", VTZ_BERLIN),
    "paris": ("Europe/Paris", _olson("Europe/Paris")),
    "madrid": ("Europe/Madrid", _olson("Europe/Madrid")),
    "zurich": ("Europe/Zurich", _olson("Europe/Zurich")),
    "vienna": ("Europe/Vienna", _olson("Europe/Vienna")),
    "london": ("Europe/London", VTZ_LONDON),
    "win-weu": ("W. Europe Standard Time", VTZ_OUTLOOK_WEU),
    "win-romance": ("Romance Standard Time", VTZ_OUTLOOK_ROMANCE),
    "win-utc1": ("(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien", VTZ_OUTLOOK_UTC1),
    "win-bare": ("W. Europe Standard Time", ""),
    "floating": ("", ""),
    "utc": ("", ""),
    "allday": ("", ""),
}


@dataclass
class Person:
    """One ORGANIZER or ATTENDEE line: address, display name and iCalendar parameters."""

    email: str
    cn: str = ""
    role: str = "REQ-PARTICIPANT"
    cutype: str = ""
    partstat: str = "NEEDS-ACTION"
    rsvp: bool = True


@dataclass
class Ev:
    """One holdout9 event: what to write, and the label row it gets."""

    kind: str
    summary: str
    start: str  # YYYYMMDDTHHMMSS local (or UTC with "utc"), or YYYYMMDD for all-day
    end: str
    producer: str = "google"
    tz: str = "berlin"
    description: str = ""
    location: str = ""
    organizer: Person | None = None
    attendees: list[Person] = field(default_factory=list)
    status: str = "CONFIRMED"
    sequence: int = 0
    rrule: str = ""
    override: tuple[str, str, str] | None = None  # (recurrence-id local, new start, new end)
    extra: list[str] = field(default_factory=list)
    calname: str = ""  # X-WR-CALNAME for exports of a private/work calendar
    x_wr_tz: str = ""
    # label
    is_interview: bool = False
    company: str = ""
    role_label: str = ""
    stage: str = ""
    interviewers: list[str] = field(default_factory=list)
    trap: str = ""
    lang: str = "en"


def escape_text(value: str) -> str:
    """Given a TEXT value, returns it escaped per RFC 5545 (backslash, semicolon, comma, newline)."""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line, returns it folded at 75 octets with CRLF + space, never splitting UTF-8."""
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


def _person(prop: str, p: Person, organizer: bool) -> str:
    params: list[str] = []
    if p.cutype:
        params.append(f"CUTYPE={p.cutype}")
    if not organizer:
        params.append(f"ROLE={p.role}")
        params.append(f"PARTSTAT={p.partstat}")
        if p.rsvp:
            params.append("RSVP=TRUE")
    if p.cn:
        cn = f'"{p.cn}"' if any(c in p.cn for c in ",;:") else p.cn
        params.append(f"CN={cn}")
    head = ";".join([prop, *params])
    return f"{head}:mailto:{p.email}"


def _dt(prop: str, value: str, tz: str) -> str:
    if tz == "allday":
        return f"{prop};VALUE=DATE:{value}"
    if tz == "utc":
        return f"{prop}:{value}Z"
    tzid = TZ_STYLES[tz][0]
    if not tzid:
        return f"{prop}:{value}"
    quoted = f'"{tzid}"' if any(c in tzid for c in ",;:") else tzid
    return f"{prop};TZID={quoted}:{value}"


def _vevent(ev: Ev, uid: str, start: str, end: str, recurrence_id: str = "", with_rrule: bool = True) -> list[str]:
    lines = ["BEGIN:VEVENT"]
    lines.append(_dt("DTSTART", start, ev.tz))
    lines.append(_dt("DTEND", end, ev.tz))
    if with_rrule and ev.rrule:
        lines.append(f"RRULE:{ev.rrule}")
    if recurrence_id:
        lines.append(_dt("RECURRENCE-ID", recurrence_id, ev.tz))
    lines.append("DTSTAMP:20260301T081500Z")
    if ev.organizer is not None:
        lines.append(_person("ORGANIZER", ev.organizer, organizer=True))
    lines.append(f"UID:{uid}")
    for a in ev.attendees:
        lines.append(_person("ATTENDEE", a, organizer=False))
    lines.append("CREATED:20260226T140210Z")
    if ev.description:
        lines.append("DESCRIPTION:" + escape_text(ev.description))
    lines.append("LAST-MODIFIED:20260301T081500Z")
    if ev.location:
        lines.append("LOCATION:" + escape_text(ev.location))
    lines.append(f"SEQUENCE:{ev.sequence + (1 if recurrence_id else 0)}")
    lines.append(f"STATUS:{ev.status}")
    lines.append("SUMMARY:" + escape_text(ev.summary))
    lines.append("TRANSP:OPAQUE")
    lines.extend(ev.extra)
    lines.append("END:VEVENT")
    return lines


def render(ev: Ev, uid: str) -> str:
    """Given an event spec and its UID, returns the whole VCALENDAR as CRLF text, folded."""
    prodid, method = PRODUCERS[ev.producer]
    if ev.status == "CANCELLED" and method:
        method = "CANCEL"
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if ev.calname:
        lines.append(f"X-WR-CALNAME:{ev.calname}")
    if ev.x_wr_tz:
        lines.append(f"X-WR-TIMEZONE:{ev.x_wr_tz}")
    block = TZ_STYLES[ev.tz][1]
    if block:
        lines.extend(block.split("\n"))
    lines.extend(_vevent(ev, uid, ev.start, ev.end))
    if ev.override is not None:
        rid, s, e = ev.override
        lines.extend(_vevent(ev, uid, s, e, recurrence_id=rid, with_rrule=False))
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def p(email: str, cn: str = "", **kw: str) -> Person:
    """Given an address, a display name and optional parameter overrides, returns an attendee Person."""
    person = Person(email=email, cn=cn)
    for k, v in kw.items():
        setattr(person, k, v)
    return person


def room(email: str, cn: str) -> Person:
    """Given a room mailbox and its name, returns a ROOM attendee (non-participant, no RSVP)."""
    return Person(email=email, cn=cn, role="NON-PARTICIPANT", cutype="ROOM", partstat="ACCEPTED", rsvp=False)


def resource(email: str, cn: str) -> Person:
    """Given a resource mailbox and its name, returns a RESOURCE attendee."""
    return Person(email=email, cn=cn, role="NON-PARTICIPANT", cutype="RESOURCE", partstat="ACCEPTED", rsvp=False)


def org(email: str, cn: str = "") -> Person:
    """Given an address and name, returns an ORGANIZER Person."""
    return Person(email=email, cn=cn)


def me_private(partstat: str = "NEEDS-ACTION") -> Person:
    """Returns Noa's private address as an attendee."""
    return Person(email=ME_PRIVATE, cn="Noa Bergmann", partstat=partstat)


def me_work(partstat: str = "ACCEPTED") -> Person:
    """Returns Noa's work address as an attendee."""
    return Person(email=ME_WORK, cn="Bergmann, Noa", partstat=partstat)
