"""Event spec and raw iCalendar writer for the train11 corpus (Jonas Lindqvist, data scientist in banking).

Given an Ev spec, `render` returns the .ics text the named producer would emit (CRLF, folded at 75 octets).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta

ME_PRIVATE = "jonas.lindqvist@gmail.com"
ME_WORK = "jonas.lindqvist@nordhavn-bank.se"
ME_CN = "Jonas Lindqvist"


@dataclass(frozen=True)
class Att:
    """An attendee line: cutype ROOM/RESOURCE and coordinators are not interviewers."""

    cn: str
    email: str
    role: str = "REQ-PARTICIPANT"
    cutype: str = "INDIVIDUAL"
    coord: bool = False
    partstat: str = "NEEDS-ACTION"


@dataclass
class Ev:
    """One labelled event (a file); recurring ones carry an override under the same UID."""

    kind: str
    lang: str
    summary: str
    interview: bool
    desc: str = ""
    location: str = ""
    org: tuple[str, str] | None = None
    att: list[Att] = field(default_factory=list)
    producer: str = "google"
    tz: str = "Europe/Stockholm"
    tzstyle: str = "olson"
    hour: int = 10
    minute: int = 0
    dur: int = 45
    status: str = "CONFIRMED"
    rrule: str = ""
    override_shift: int = 0
    override_cancel: bool = False
    sequence: int = 0
    method: str = "REQUEST"
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: list[str] | None = None
    me: str = ME_PRIVATE
    cal_name: str = ""

    def label_interviewers(self) -> str:
        """Given the spec, returns the `;`-joined interviewer list (explicit, else attendees minus me/rooms/coords)."""
        if not self.interview:
            return ""
        if self.interviewers is not None:
            return ";".join(self.interviewers)
        mine = {ME_PRIVATE, ME_WORK}
        people = [a.email for a in self.att if a.cutype == "INDIVIDUAL" and not a.coord and a.email not in mine]
        return ";".join(people)


WINDOWS = {
    "Europe/Stockholm": "W. Europe Standard Time",
    "Europe/Berlin": "W. Europe Standard Time",
    "Europe/Zurich": "W. Europe Standard Time",
    "Europe/Paris": "Romance Standard Time",
    "Europe/Madrid": "Romance Standard Time",
    "Europe/London": "GMT Standard Time",
}


def _olson_vtimezone(tz: str) -> list[str]:
    if tz == "Europe/London":
        std, dst, n_std, n_dst = "+0000", "+0100", "GMT", "BST"
    else:
        std, dst, n_std, n_dst = "+0100", "+0200", "CET", "CEST"
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tz}", f"X-LIC-LOCATION:{tz}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{n_dst}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{n_std}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def _outlook_vtimezone(name: str) -> list[str]:
    std, dst = ("+0000", "+0100") if name.startswith("GMT") else ("+0100", "+0200")
    return [
        "BEGIN:VTIMEZONE", f"TZID:{name}",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


PRODID = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 14.6//EN",
    "ios": "-//Apple Inc.//iOS 17.5//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Scheduling//EN",
    "lever": "-//Lever//Lever Interview Scheduling//EN",
    "workday": "-//Workday Inc.//Workday Recruiting//EN",
    "ashby": "-//Ashby//Ashby Scheduling//EN",
    "teamtailor": "-//Teamtailor//Teamtailor Calendar//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "calendly": "-//Calendly//Calendly Scheduling//EN",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
    "smartrecruiters": "-//SmartRecruiters//SmartRecruiters Interview//EN",
    "wttj": "-//Welcome to the Jungle//WTTJ ATS//FR",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco Webex//Webex Meetings//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "proton": "-//Proton AG//ProtonCalendar 1.0.0//EN",
    "factorial": "-//Factorial HR//Factorial ATS//ES",
}


def esc(text: str) -> str:
    """Given plain text, returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line, returns it folded at 75 octets without splitting a UTF-8 sequence."""
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


def _param_cn(cn: str) -> str:
    return f'"{cn}"' if any(c in cn for c in ",;:") else cn


def _dt(ev: Ev, d: date, hour: int, minute: int) -> tuple[str, str]:
    stamp = f"{d:%Y%m%d}T{hour:02d}{minute:02d}00"
    if ev.tzstyle == "allday":
        return ";VALUE=DATE", f"{d:%Y%m%d}"
    if ev.tzstyle in ("floating", "xwr"):
        return "", stamp
    if ev.tzstyle == "utc":
        # CET in winter: the producer converted to UTC
        h = hour - (0 if ev.tz == "Europe/London" else 1)
        return "", f"{d:%Y%m%d}T{h:02d}{minute:02d}00Z"
    if ev.tzstyle in ("windows", "windows_novtz"):
        return f';TZID="{WINDOWS[ev.tz]}"' if ev.producer == "outlook" else f";TZID={WINDOWS[ev.tz]}", stamp
    return f";TZID={ev.tz}", stamp


def _end(ev: Ev, d: date) -> tuple[date, int, int]:
    total = ev.hour * 60 + ev.minute + ev.dur
    return d, total // 60, total % 60


def _vevent(ev: Ev, uid: str, d: date, recurrence_id: str = "", cancelled: bool = False,
            shift: int = 0) -> list[str]:
    lines = ["BEGIN:VEVENT"]
    hour = ev.hour + shift
    p, v = _dt(ev, d, hour, ev.minute)
    if ev.tzstyle == "allday":
        lines += [f"DTSTART{p}:{v}", f"DTEND{p}:{d + timedelta(days=max(1, ev.dur // 1440)):%Y%m%d}"]
    else:
        lines.append(f"DTSTART{p}:{v}")
        ed, eh, em = _end(ev, d)
        ep, evv = _dt(ev, ed, eh + shift, em)
        lines.append(f"DTEND{ep}:{evv}")
    if ev.rrule and not recurrence_id:
        lines.append(f"RRULE:{ev.rrule}")
    if recurrence_id:
        lines.append(recurrence_id)
    lines.append("DTSTAMP:20261101T080000Z")
    if ev.org:
        lines.append(f"ORGANIZER;CN={_param_cn(ev.org[0])}:mailto:{ev.org[1]}")
    lines.append(f"UID:{uid}")
    for a in ev.att:
        params = f"CUTYPE={a.cutype};ROLE={a.role};PARTSTAT={a.partstat}"
        if a.cutype == "INDIVIDUAL" and a.role != "NON-PARTICIPANT":
            params += ";RSVP=TRUE"
        lines.append(f"ATTENDEE;{params};CN={_param_cn(a.cn)}:mailto:{a.email}")
    if ev.producer in ("outlook", "exchange"):
        lines += ["CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE"]
    lines.append("CREATED:20261028T091500Z")
    if ev.desc:
        lines.append(f"DESCRIPTION:{esc(ev.desc)}")
    lines.append("LAST-MODIFIED:20261101T080000Z")
    if ev.location:
        lines.append(f"LOCATION:{esc(ev.location)}")
    seq = ev.sequence + (1 if recurrence_id else 0)
    lines.append(f"SEQUENCE:{seq}")
    status = "CANCELLED" if cancelled or ev.status == "CANCELLED" else ev.status
    lines.append(f"STATUS:{status}")
    lines.append(f"SUMMARY:{esc(ev.summary)}")
    if ev.producer in ("outlook", "exchange"):
        lines += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"]
        if ev.desc:
            html = esc(ev.desc).replace("\\n", "<br>")
            lines.append(f"X-ALT-DESC;FMTTYPE=text/html:<html><body><p>{html}</p></body></html>")
    if ev.producer in ("apple", "ios"):
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT15M", "END:VALARM"]
    else:
        outlook = ev.producer in ("outlook", "exchange")
        lines.append("X-MICROSOFT-DISALLOW-COUNTER:FALSE" if outlook else "TRANSP:OPAQUE")
    lines.append("END:VEVENT")
    return lines


def render(ev: Ev, uid: str, d: date) -> str:
    """Given a spec, its UID and its day, returns the whole VCALENDAR as CRLF-joined, folded text."""
    method = "CANCEL" if ev.status == "CANCELLED" and ev.producer in ("outlook", "exchange") else ev.method
    if ev.org is None:
        # an entry typed into his own calendar is an export, not an invitation
        method = ""
        ev.cal_name = ev.cal_name or ("Jonas" if ev.producer in ("apple", "ios") else ev.me)
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID[ev.producer]}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if ev.tzstyle == "xwr" or ev.cal_name:
        lines.append(f"X-WR-CALNAME:{ev.cal_name or ev.me}")
        lines.append(f"X-WR-TIMEZONE:{ev.tz}")
    if ev.tzstyle == "olson":
        lines += _olson_vtimezone(ev.tz)
    elif ev.tzstyle == "windows":
        lines += _outlook_vtimezone(WINDOWS[ev.tz])
    lines += _vevent(ev, uid, d)
    if ev.rrule and (ev.override_shift or ev.override_cancel):
        # the override is the second occurrence, one week later (every series here is weekly or daily)
        step = 1 if "DAILY" in ev.rrule else 7
        od = d + timedelta(days=step)
        p, v = _dt(ev, od, ev.hour, ev.minute)
        rid = f"RECURRENCE-ID{p}:{v}"
        lines += _vevent(ev, uid, od, recurrence_id=rid, cancelled=ev.override_cancel, shift=ev.override_shift)
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def make_uid(ev: Ev, n: int) -> str:
    """Given a spec and its number, returns a producer-shaped stable UID."""
    h = hashlib.sha1(f"train11-{n}-{ev.summary}".encode()).hexdigest()
    if ev.producer == "google":
        return f"{h[:26]}@google.com"
    if ev.producer in ("outlook", "exchange"):
        return "040000008200E00074C5B7101A82E008000000" + h.upper()[:32]
    if ev.producer in ("apple", "ios"):
        return f"{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
    return f"{ev.producer}-{h[:20]}@{ev.producer}.com"
