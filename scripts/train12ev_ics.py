"""Raw iCalendar text for the train12 event corpus, in the shapes real producers emit (no iCalendar library)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

ME_PRIVATE = "amelie.duval@free.fr"
ME_WORK = "a.duval@clinique-saint-roch.fr"
ME_NAME = "Amélie Duval"

# Attendee kinds: who the person is for the label, not for the file.
REQ, OPT, CHAIR, ROOM, RESOURCE, COORD, ME = "req", "opt", "chair", "room", "resource", "coord", "me"


@dataclass
class Person:
    """One organizer or attendee: display name, address and kind (REQ, OPT, ROOM, COORD, ME, ...)."""

    name: str
    email: str
    kind: str = REQ


@dataclass
class Ev:
    """One generated event with its producer style, time style and label."""

    kind: str
    lang: str
    title: str
    desc: str = ""
    org: Person | None = None
    atts: list[Person] = field(default_factory=list)
    loc: str = ""
    style: str = "google"  # google, outlook, outlook_notz, apple, export, ats, handtyped
    tz: str = "Europe/Paris"
    start: datetime = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - local wall time, zone in `tz`
    minutes: int = 45
    allday: bool = False
    floating: bool = False
    status: str = "CONFIRMED"
    rrule: str = ""
    override: tuple[int, int, str] | None = None  # (occurrence index, minutes moved, "" or "CANCELLED")
    seq: int = 0
    prodid: str = ""
    extra: list[str] = field(default_factory=list)
    # label
    is_interview: bool = False
    company: str = ""
    role: str = ""
    stage: str = ""
    trap: str = ""
    interviewers: list[str] | None = None  # None: derive from attendees

    def label_interviewers(self) -> list[str]:
        """Given the event, returns the interviewer addresses (attendees minus the user, rooms, coordinators)."""
        if self.interviewers is not None:
            return self.interviewers
        if not self.is_interview:
            return []
        out: list[str] = []
        # An organizer who also appears as a scheduling coordinator only sent the invite.
        coords = {a.email for a in self.atts if a.kind == COORD}
        people = ([self.org] if self.org and self.org.email not in coords else []) + self.atts
        for p in people:
            if p.kind in (ROOM, RESOURCE, COORD, ME) or p.email in (ME_PRIVATE, ME_WORK) or not p.email:
                continue
            if p.email not in out:
                out.append(p.email)
        return out


WINDOWS = {
    "Europe/Paris": "Romance Standard Time",
    "Europe/Berlin": "W. Europe Standard Time",
    "Europe/Zurich": "W. Europe Standard Time",
    "Europe/Madrid": "Romance Standard Time",
    "Europe/London": "GMT Standard Time",
}
OFFSET = {"Europe/London": 0}


def esc(text: str) -> str:
    """Given plain text, returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line, returns it folded at 75 octets with CRLF and a space, never inside a character."""
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


def vtimezone(tzid: str, olson: str) -> list[str]:
    """Given a TZID and its Olson zone, returns VTIMEZONE lines with EU summer-time rules."""
    std = OFFSET.get(olson, 1)
    dst = std + 1
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        f"TZOFFSETFROM:+0{dst}00", f"TZOFFSETTO:+0{std}00", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        f"TZOFFSETFROM:+0{std}00", f"TZOFFSETTO:+0{dst}00", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def _fmt(d: datetime) -> str:
    return d.strftime("%Y%m%dT%H%M%S")


def _utc(d: datetime, olson: str) -> str:
    # Winter dates only (Nov-Feb), so the standard offset is right for every generated time.
    return (d - timedelta(hours=OFFSET.get(olson, 1))).strftime("%Y%m%dT%H%M%SZ")


def _person_line(p: Person, prop: str, style: str) -> str:
    params: list[str] = []
    if p.kind == ROOM:
        params.append("CUTYPE=ROOM")
    elif p.kind == RESOURCE:
        params.append("CUTYPE=RESOURCE")
    elif style in ("google", "ats"):
        params.append("CUTYPE=INDIVIDUAL")
    if prop == "ATTENDEE":
        role = {OPT: "OPT-PARTICIPANT", CHAIR: "CHAIR", ROOM: "NON-PARTICIPANT", RESOURCE: "NON-PARTICIPANT"}
        params.append("ROLE=" + role.get(p.kind, "REQ-PARTICIPANT"))
        params.append("PARTSTAT=" + ("ACCEPTED" if p.kind in (CHAIR, ROOM, RESOURCE) else "NEEDS-ACTION"))
        if style == "google":
            params.append("RSVP=TRUE")
    name = p.name
    if name:
        quoted = any(c in name for c in ",;:")
        params.append(f'CN="{name}"' if quoted else f"CN={name}")
    if style == "google" and prop == "ATTENDEE":
        params.append("X-NUM-GUESTS=0")
    return f"{prop};{';'.join(params)}:mailto:{p.email}" if params else f"{prop}:mailto:{p.email}"


PRODIDS = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "outlook_notz": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 14.6.1//EN",
    "export": "-//Google Inc//Google Calendar 70.9054//EN",
    "handtyped": "-//Apple Inc.//iPhone OS 17.5.1//EN",
    "ats": "-//Greenhouse//Scheduler//EN",
}


def _times(ev: Ev, when: datetime, minutes: int, prop: str, tzid: str) -> list[str]:
    if ev.allday:
        end = when + timedelta(days=max(1, minutes // 1440))
        name = "DTSTART" if prop == "start" else "RECURRENCE-ID"
        lines = [f"{name};VALUE=DATE:{when:%Y%m%d}"]
        if prop == "start":
            lines.append(f"DTEND;VALUE=DATE:{end:%Y%m%d}")
        return lines
    end = when + timedelta(minutes=minutes)
    if ev.floating:
        vals = [_fmt(when), _fmt(end)]
        par = ""
    elif ev.style == "ats":
        vals = [_utc(when, ev.tz), _utc(end, ev.tz)]
        par = ""
    else:
        vals = [_fmt(when), _fmt(end)]
        par = f";TZID={tzid}"
    if prop == "start":
        return [f"DTSTART{par}:{vals[0]}", f"DTEND{par}:{vals[1]}"]
    return [f"RECURRENCE-ID{par}:{vals[0]}"]


def _vevent(ev: Ev, uid: str, tzid: str, when: datetime, title: str, status: str, recur: datetime | None,
            seq: int) -> list[str]:
    lines = ["BEGIN:VEVENT"]
    lines += _times(ev, when, ev.minutes, "start", tzid)
    if ev.rrule and recur is None:
        lines.append("RRULE:" + ev.rrule)
    if recur is not None:
        lines += _times(ev, recur, ev.minutes, "recur", tzid)
    lines.append("DTSTAMP:20261115T083000Z")
    if ev.org:
        lines.append(_person_line(ev.org, "ORGANIZER", ev.style))
    lines.append(f"UID:{uid}")
    for a in ev.atts:
        lines.append(_person_line(a, "ATTENDEE", ev.style))
    if ev.style in ("google", "export"):
        lines.append("CREATED:20261110T091200Z")
    if ev.desc:
        lines.append("DESCRIPTION:" + esc(ev.desc))
    if ev.style == "outlook" and ev.desc:
        first = esc(ev.desc.split("\n")[0])
        lines.append("X-ALT-DESC;FMTTYPE=text/html:<html><body><p>" + first + "</p></body></html>")
    if ev.loc:
        lines.append("LOCATION:" + esc(ev.loc))
    lines.append(f"SEQUENCE:{seq}")
    lines.append(f"STATUS:{status}")
    lines.append("SUMMARY:" + esc(title))
    lines.append("TRANSP:OPAQUE")
    if ev.style in ("outlook", "outlook_notz"):
        lines += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
                  "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if ev.style in ("apple", "handtyped") and ev.loc and not ev.allday:
        lines.append(f'X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70;X-TITLE="{ev.loc.split(",")[0]}":'
                     "geo:45.764043,4.835659")
    lines += ev.extra
    if ev.style in ("apple", "handtyped", "outlook") and not ev.allday:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT15M", "END:VALARM"]
    lines.append("END:VEVENT")
    return lines


def render(ev: Ev, uid: str) -> str:
    """Given an event and its UID, returns the whole VCALENDAR text with CRLF line ends and folded lines."""
    cancel = ev.status == "CANCELLED"
    method = "CANCEL" if cancel and ev.org else ("REQUEST" if ev.org and ev.style not in ("export", "handtyped")
                                                 else "PUBLISH")
    lines = ["BEGIN:VCALENDAR", "PRODID:" + (ev.prodid or PRODIDS[ev.style]), "VERSION:2.0", "CALSCALE:GREGORIAN",
             f"METHOD:{method}"]
    tzid = ev.tz
    if ev.style == "export":
        lines += ["X-WR-CALNAME:Amélie perso", f"X-WR-TIMEZONE:{ev.tz}"]
        ev.floating = True
    if ev.style in ("outlook", "outlook_notz"):
        tzid = WINDOWS[ev.tz]
    if not ev.floating and not ev.allday and ev.style not in ("ats", "outlook_notz"):
        lines += vtimezone(tzid, ev.tz)
    lines += _vevent(ev, uid, tzid, ev.start, ev.title, ev.status, None, ev.seq)
    if ev.rrule and ev.override:
        idx, moved, ostat = ev.override
        step = timedelta(days=7) if "WEEKLY" in ev.rrule else timedelta(days=1)
        recur = ev.start + step * idx
        lines += _vevent(ev, uid, tzid, recur + timedelta(minutes=moved), ev.title, ostat or "CONFIRMED", recur,
                         ev.seq + 1)
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"
