"""iCalendar text helpers for the holdout29 event split (Carmen Ruiz): folding, escaping, zones, producers."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

ME = ("Carmen Ruiz", "carmen.ruiz.enf@gmail.com")
WORK = ("Carmen Ruiz Ortega", "cruiz@hospital-turia.es")

PRODIDS = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 14.6//EN",
    "workday": "-//Workday//Workday Recruiting//EN",
    "sf": "-//SAP SuccessFactors//Interview Scheduling//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Calendar//EN",
    "lever": "-//Lever//Lever Hire//EN",
    "smartr": "-//SmartRecruiters//Interview Scheduler 2.0//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "infojobs": "-//InfoJobs//Agenda Entrevistas//ES",
    "calendly": "-//Calendly//Calendly Calendar//EN",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "ical": "-//hand//written//ES",
}


@dataclass
class Row:
    """One labels.csv row of this split (file and uid filled by the writer)."""

    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


@dataclass
class Built:
    """One finished event file: name stem, calendar text, uid and label."""

    kind: str
    text: str
    uid: str
    row: Row
    lang: str = "es"
    extra_uids: list[str] = field(default_factory=list)


def esc(text: str) -> str:
    """Given plain text returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line returns it folded at 75 octets with CRLF + space continuations."""
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


def uid_for(seed: str, style: str) -> str:
    """Given a seed and a producer style returns a deterministic UID shaped like that producer's."""
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "google":
        return f"{h[:26]}@google.com"
    if style in ("outlook", "exchange", "bookings"):
        return "040000008200E00074C5B7101A82E00800000000" + h.upper()[:32]
    if style == "apple":
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}".upper()
    return f"{h[:20]}@{style}.h29"


def cet_zone(tzid: str) -> list[str]:
    """Given a TZID returns a VTIMEZONE for central European time under that name."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def wet_zone(tzid: str) -> list[str]:
    """Given a TZID returns a VTIMEZONE for western European time (Lisbon) under that name."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T010000",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


WET_NAMES = {"Europe/Lisbon", "GMT Standard Time"}


def person(kind: str, cn: str, email: str, params: str = "") -> str:
    """Given ORGANIZER/ATTENDEE, a name, an address and extra params returns the content line."""
    name = f'"{cn}"' if any(c in cn for c in ",;:") else cn
    extra = f";{params}" if params else ""
    return f"{kind};CN={name}{extra}:mailto:{email}"


def att(cn: str, email: str, params: str = "ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE") -> str:
    """Given a name and address returns an ATTENDEE line (default: required, needs action)."""
    return person("ATTENDEE", cn, email, params)


def org(cn: str, email: str, params: str = "") -> str:
    """Given a name and address returns an ORGANIZER line."""
    return person("ORGANIZER", cn, email, params)


def dt(prop: str, value: str, tz: str | None) -> str:
    """Given a property, a local value and a TZID ('Z' UTC, 'DATE' all-day, None floating) returns the line."""
    if tz == "DATE":
        return f"{prop};VALUE=DATE:{value}"
    if tz == "Z":
        return f"{prop}:{value}Z"
    if tz is None:
        return f"{prop}:{value}"
    return f"{prop};TZID={tz}:{value}"


def vevent(
    uid: str,
    summary: str,
    start: str,
    end: str,
    tz: str | None,
    people: list[str],
    desc: str = "",
    loc: str = "",
    extra: list[str] | None = None,
    stamp: str = "20261120T101500Z",
) -> list[str]:
    """Given the parts of one event returns its VEVENT lines (text values escaped here)."""
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", dt("DTSTART", start, tz), dt("DTEND", end, tz)]
    lines.append(f"SUMMARY:{esc(summary)}")
    if desc:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if loc:
        lines.append(f"LOCATION:{esc(loc)}")
    lines.extend(people)
    lines.extend(extra or [])
    lines.append("END:VEVENT")
    return lines


def vcal(
    producer: str, events: list[list[str]], zones: tuple[str, ...] = (), method: str = "", head: list[str] | None = None
) -> str:
    """Given a producer key, VEVENT line lists and TZIDs to define returns the folded calendar text."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODIDS[producer]}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(head or [])
    for z in zones:
        lines.extend(wet_zone(z) if z in WET_NAMES else cet_zone(z))
    for ev in events:
        lines.extend(ev)
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def simple(
    producer: str,
    kind: str,
    seed: str,
    summary: str,
    start: str,
    end: str,
    tz: str | None,
    people: list[str],
    desc: str = "",
    loc: str = "",
    *,
    row: Row,
    lang: str = "es",
    extra: list[str] | None = None,
    method: str = "REQUEST",
    head: list[str] | None = None,
) -> Built:
    """Given one event's parts returns a Built with a single VEVENT (zone block added for named TZIDs)."""
    uid = uid_for(seed, producer)
    zones = (tz,) if tz not in (None, "Z", "DATE") else ()
    text = vcal(
        producer,
        [vevent(uid, summary, start, end, tz, people, desc, loc, extra)],
        tuple(z for z in zones if z),
        method,
        head,
    )
    return Built(kind, text, uid, row, lang)


ZOOM = (
    "Join Zoom Meeting\nhttps://us06web.zoom.us/j/{mid}?pwd={pwd}\n\nMeeting ID: {mid_s}\nPasscode: {pc}\n\n"
    "One tap mobile\n+34917873431,,{mid}# Spain\n"
)
TEAMS = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0\n"
    "Meeting ID: {mid} \nPasscode: {pc}\n"
    "________________________________________________________________________________\n"
)
TEAMS_ES = (
    "________________________________________________________________________________\n"
    "Reunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala\n"
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0\n"
    "Id. de reunión: {mid} \nCódigo de acceso: {pc}\n"
    "________________________________________________________________________________\n"
)
MEET = (
    "Join with Google Meet: https://meet.google.com/{code}\nOr dial: (ES) +34 910 48 {pin} PIN: {pin2}#\n"
    "More phone numbers: https://tel.meet/{code}?pin={pin2}\n"
)
WEBEX = (
    "Join Webex meeting\nhttps://{site}.webex.com/{site}/j.php?MTID=m{tid}\nMeeting number (access code): {mid}\n"
    "Meeting password: {pc}\n"
)


def zoom(mid: str, pc: str) -> str:
    """Given a meeting id and passcode returns Zoom invite boilerplate."""
    return ZOOM.format(
        mid=mid, pwd=hashlib.md5(mid.encode()).hexdigest()[:22], mid_s=f"{mid[:3]} {mid[3:7]} {mid[7:]}", pc=pc
    )


def teams(mid: str, pc: str, spanish: bool = False) -> str:
    """Given a meeting id and passcode returns Teams invite boilerplate (English or Spanish client)."""
    tid = hashlib.md5(mid.encode()).hexdigest()
    return (TEAMS_ES if spanish else TEAMS).format(tid=tid, mid=mid, pc=pc)


def meet(code: str, pin: str) -> str:
    """Given a Meet code and PIN digits returns Google Meet boilerplate."""
    return MEET.format(code=code, pin=pin[:4], pin2=pin)


def webex(site: str, mid: str, pc: str) -> str:
    """Given a Webex site, number and password returns Webex boilerplate."""
    return WEBEX.format(site=site, tid=hashlib.md5(mid.encode()).hexdigest()[:24], mid=mid, pc=pc)
