"""iCalendar text helpers for the holdout12 event corpus: event records, producer shapes, folding, escaping.

Given an Ev record, render() returns the raw VCALENDAR text a named producer would emit; raises KeyError on an
unknown producer or time-zone mode.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

ME_P = "noor.haddad@posteo.de"
ME_W = "n.haddad@klinikum-hansestadt.de"
DTSTAMP = "20261116T081512Z"

# Windows zone names map to the IANA zone used to compute UTC for producers that emit UTC.
WINDOWS = {"W. Europe Standard Time": "Europe/Berlin", "Romance Standard Time": "Europe/Paris"}


@dataclass
class Att:
    """One ATTENDEE: name, address and the iCalendar parameters that matter here."""

    cn: str
    email: str
    role: str = "REQ-PARTICIPANT"
    cutype: str = ""
    partstat: str = "NEEDS-ACTION"


def room(cn: str, email: str) -> Att:
    """Given a room name and mailbox returns a ROOM attendee."""
    return Att(cn, email, role="NON-PARTICIPANT", cutype="ROOM", partstat="ACCEPTED")


def resource(cn: str, email: str) -> Att:
    """Given a resource name and mailbox returns a RESOURCE attendee."""
    return Att(cn, email, role="NON-PARTICIPANT", cutype="RESOURCE", partstat="ACCEPTED")


def opt(cn: str, email: str) -> Att:
    """Given a name and address returns an optional attendee."""
    return Att(cn, email, role="OPT-PARTICIPANT")


@dataclass
class Ev:
    """One event file: content, producer shape and its label."""

    kind: str
    lang: str
    producer: str
    summary: str
    start: str
    end: str
    tz: str
    organizer: tuple[str, str] | None = None
    attendees: list[Att] = field(default_factory=list)
    description: str = ""
    location: str = ""
    interview: bool = False
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: list[str] = field(default_factory=list)
    trap: str = ""
    extra: list[str] = field(default_factory=list)
    status: str = "CONFIRMED"
    method: str = "REQUEST"
    sequence: int = 0
    rrule: str = ""
    override: tuple[str, str, str] | None = None  # (recurrence-id local, new start local, new end local)
    override_status: str = ""


def esc(text: str) -> str:
    """Given plain text returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line returns it folded at 75 octets with CRLF and a leading space."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            parts.append(cur)
            cur = ""
            limit = 74
        cur += ch
    parts.append(cur)
    return "\r\n ".join(parts)


def uid_for(producer: str, seed: str) -> str:
    """Given a producer and a seed returns a UID in the producer's usual shape."""
    h = hashlib.sha1(seed.encode()).hexdigest()
    if producer in ("outlook", "owa"):
        return "040000008200E00074C5B7101A82E00800000000" + h.upper()[:32]
    if producer == "google":
        return h[:26] + "@google.com"
    if producer == "apple":
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}".upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{producer}"


PRODIDS = {
    "outlook": "Microsoft Exchange Server 2010",
    "outlookdesk": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "owa": "Microsoft Exchange Server 2010",
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "apple": "-//Apple Inc.//macOS 14.6.1//EN",
    "ios": "-//Apple Inc.//iPhone OS 17.6//EN",
    "personio": "-//Personio GmbH//Recruiting Calendar//EN",
    "workday": "-//Workday Inc.//Workday Recruiting//EN",
    "rexx": "-//rexx systems//rexx Recruitment//DE",
    "dvinci": "-//d.vinci HR-Systems GmbH//d.vinci//DE",
    "softgarden": "-//softgarden e-recruiting GmbH//softgarden//DE",
    "greenhouse": "-//Greenhouse Software//Greenhouse Recruiting//EN",
    "ashby": "-//Ashby//Ashby Scheduling//EN",
    "calendly": "-//Calendly//Calendly Scheduling//EN",
    "calcom": "-//Cal.com Inc.//Cal.com Event//EN",
    "lever": "-//Lever//Lever Hire//EN",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
    "doctolib": "-//Doctolib//Doctolib Agenda//FR",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco//Webex Meetings//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
}
OUTLOOKISH = ("outlook", "outlookdesk", "owa")


def vtimezone(tzid: str) -> list[str]:
    """Given a TZID (Windows or IANA, all Central European) returns its VTIMEZONE lines."""
    if tzid in WINDOWS:
        return [
            "BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        ]
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
    ]


def to_utc(local: str, tz: str) -> str:
    """Given a local 'YYYYMMDDTHHMMSS' and a zone returns the UTC form with Z."""
    zone = ZoneInfo(WINDOWS.get(tz, tz))
    dt = datetime.strptime(local, "%Y%m%dT%H%M%S").replace(tzinfo=zone)
    return dt.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")


def when(name: str, local: str, mode: str, tz: str) -> str:
    """Given a property name, local time, mode (utc, tzid, floating, date) and zone returns the property line."""
    if mode == "date":
        return f"{name};VALUE=DATE:{local[:8]}"
    if mode == "floating":
        return f"{name}:{local}"
    if mode == "utc":
        return f"{name}:{to_utc(local, tz)}"
    return f"{name};TZID={tz}:{local}"


def att_line(a: Att, producer: str) -> str:
    """Given an attendee and producer returns the ATTENDEE line in that producer's parameter order."""
    cn = f'"{a.cn}"' if ("," in a.cn or ":" in a.cn or ";" in a.cn) else a.cn
    cut = a.cutype or "INDIVIDUAL"
    if producer == "google":
        return (f"ATTENDEE;CUTYPE={cut};ROLE={a.role};PARTSTAT={a.partstat};RSVP=TRUE;CN={cn};"
                f"X-NUM-GUESTS=0:mailto:{a.email}")
    if producer in OUTLOOKISH:
        params = f"ATTENDEE;ROLE={a.role};PARTSTAT={a.partstat};RSVP=TRUE;CN={cn}"
        if a.cutype:
            params = f"ATTENDEE;CUTYPE={a.cutype};ROLE={a.role};PARTSTAT={a.partstat};RSVP=FALSE;CN={cn}"
        return f"{params}:mailto:{a.email}"
    if producer in ("apple", "ios"):
        return f"ATTENDEE;CN={cn};CUTYPE={cut};EMAIL={a.email};PARTSTAT={a.partstat};ROLE={a.role}:mailto:{a.email}"
    return f"ATTENDEE;CN={cn};CUTYPE={cut};ROLE={a.role};PARTSTAT={a.partstat};RSVP=TRUE:mailto:{a.email}"


def mode_for(ev: Ev) -> str:
    """Given an event returns how its times are written."""
    if ev.tz in ("floating", "date"):
        return ev.tz
    if ev.producer in ("google", "greenhouse", "ashby", "calendly", "calcom", "lever", "goodtime", "zoom"):
        return "utc"
    return "tzid"


def vevent(ev: Ev, uid: str, mode: str, tz: str) -> list[str]:
    """Given an event, its UID and time mode returns the VEVENT lines (plus an override if any)."""
    out = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{DTSTAMP}"]
    out.append(when("DTSTART", ev.start, mode, tz))
    out.append(when("DTEND", ev.end, mode, tz))
    if ev.rrule:
        out.append(f"RRULE:{ev.rrule}")
    out.append(f"SUMMARY:{esc(ev.summary)}")
    if ev.description:
        out.append(f"DESCRIPTION:{esc(ev.description)}")
    if ev.location:
        out.append(f"LOCATION:{esc(ev.location)}")
    if ev.organizer:
        cn = f'"{ev.organizer[0]}"' if "," in ev.organizer[0] else ev.organizer[0]
        out.append(f"ORGANIZER;CN={cn}:mailto:{ev.organizer[1]}")
    out.extend(att_line(a, ev.producer) for a in ev.attendees)
    out.append(f"SEQUENCE:{ev.sequence}")
    out.append(f"STATUS:{ev.status}")
    if ev.producer in OUTLOOKISH:
        out += ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"]
    else:
        out.append("TRANSP:OPAQUE")
    out += ev.extra
    out.append("END:VEVENT")
    if ev.override:
        rid, ns, ne = ev.override
        o = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{DTSTAMP}", when("RECURRENCE-ID", rid, mode, tz),
             when("DTSTART", ns, mode, tz), when("DTEND", ne, mode, tz), f"SUMMARY:{esc(ev.summary)}"]
        if ev.organizer:
            o.append(f"ORGANIZER;CN={ev.organizer[0]}:mailto:{ev.organizer[1]}")
        o += [att_line(a, ev.producer) for a in ev.attendees]
        o += [f"SEQUENCE:{ev.sequence + 1}", f"STATUS:{ev.override_status or ev.status}", "END:VEVENT"]
        out += o
    return out


def render(ev: Ev, uid: str) -> str:
    """Given an event and its UID returns the whole iCalendar text with CRLF line ends."""
    tz = ev.tz if ev.tz not in ("floating", "date") else "Europe/Berlin"
    if ev.tz == "utc":
        tz = "Europe/Berlin"
    mode = mode_for(ev) if ev.tz != "utc" else "utc"
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODIDS[ev.producer]}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if ev.method:
        lines.append(f"METHOD:{ev.method}")
    if ev.method == "" and ev.producer in ("google", "apple", "ios", "thunderbird"):
        # private-calendar exports carry the calendar's zone, which is what floating times mean
        lines += ["X-WR-CALNAME:Noor", f"X-WR-TIMEZONE:{WINDOWS.get(tz, tz)}"]
    if mode == "tzid":
        lines += vtimezone(tz)
    lines += vevent(ev, uid, mode, tz)
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"
