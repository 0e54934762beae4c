"""Raw iCalendar text for the holdout8 event corpus (issue 4), written the way common producers emit it.

Given an `Ev` (one invitation plus its label) `render` returns the .ics text; nothing here parses iCalendar.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

SAM_PRIVATE = "sam.rivera@outlook.com"
SAM_WORK = "sam@fabrikam-analytics.io"
STAMP = "20261121T101500Z"


@dataclass(frozen=True)
class Who:
    """One ORGANIZER or ATTENDEE: address, display name and the iCalendar parameters producers set."""

    email: str
    cn: str | None = None
    role: str = "REQ-PARTICIPANT"
    cutype: str | None = None
    partstat: str = "NEEDS-ACTION"


@dataclass
class Ev:
    """One .ics file: the event as a producer would write it, plus its ground-truth label."""

    kind: str
    summary: str
    start: str
    end: str | None
    tz: str = "Europe/Berlin"
    org: Who | None = None
    att: list[Who] = field(default_factory=list)
    desc: str = ""
    loc: str = ""
    producer: str = "google"
    status: str | None = None
    method: str | None = "REQUEST"
    seq: int = 0
    rrule: str | None = None
    overrides: list[tuple[str, str, str]] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    cal_extra: list[str] = field(default_factory=list)
    vtz: bool = True
    pos: bool = False
    company: str = ""
    role: str = ""
    stage: str = ""
    iv: tuple[str, ...] = ()
    trap: str = ""
    lang: str = "en"


PRODID = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 15.1//EN",
    "ios": "-//Apple Inc.//iPhone OS 18.1//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Scheduler//EN",
    "lever": "-//Lever//Lever Hire//EN",
    "ashby": "-//Ashby//Ashby Scheduling//EN",
    "workday": "-//Workday//Workday Recruiting//EN",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
    "modernloop": "-//ModernLoop//ModernLoop Scheduler//EN",
    "calendly": "-//Calendly//Calendly//EN",
    "calcom": "-//Cal.com Inc.//Cal.com Event//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "softgarden": "-//softgarden//softgarden e-recruiting//DE",
    "wttj": "-//Welcome to the Jungle//WTTJ ATS//FR",
    "taleez": "-//Taleez//Taleez//FR",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco Webex//Webex Meetings//EN",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
}

# (std offset, dst offset, std abbreviation, dst abbreviation, EU or US rules)
ZONES: dict[str, tuple[str, str, str, str, str]] = {
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "eu"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST", "eu"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST", "eu"),
    "Europe/Zurich": ("+0100", "+0200", "CET", "CEST", "eu"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST", "eu"),
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST", "eu"),
    "America/New_York": ("-0500", "-0400", "EST", "EDT", "us"),
    "America/Chicago": ("-0600", "-0500", "CST", "CDT", "us"),
    "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT", "us"),
    "W. Europe Standard Time": ("+0100", "+0200", "", "", "eu"),
    "Romance Standard Time": ("+0100", "+0200", "", "", "eu"),
    "GMT Standard Time": ("+0000", "+0100", "", "", "eu"),
    "Eastern Standard Time": ("-0500", "-0400", "", "", "us"),
    "Pacific Standard Time": ("-0800", "-0700", "", "", "us"),
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": ("+0100", "+0200", "", "", "eu"),
}


def esc(text: str) -> str:
    """Given free text returns it as an iCalendar TEXT value (RFC 5545 3.3.11 escapes)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, width: int = 75) -> list[str]:
    """Given one content line returns its physical lines, folded at `width` octets without splitting a character."""
    out: list[str] = []
    cur = ""
    limit = width
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " "
            limit = width
        cur += ch
    out.append(cur)
    return out


def uid_for(ev: Ev, n: int) -> str:
    """Given an event and its number returns a UID in the style of its producer (stable across runs)."""
    h = hashlib.sha256(f"holdout8/{n}/{ev.kind}/{ev.summary}".encode()).hexdigest()
    if ev.producer in ("outlook", "exchange", "bookings"):
        return "040000008200E00074C5B7101A82E00800000000" + h[:48].upper()
    if ev.producer in ("apple", "ios", "thunderbird"):
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}".upper()
    domains = {
        "google": "google.com",
        "greenhouse": "greenhouse.io",
        "lever": "hire.lever.co",
        "ashby": "ashbyhq.com",
        "workday": "myworkday.com",
        "goodtime": "goodtime.io",
        "modernloop": "modernloop.io",
        "calendly": "calendly.com",
        "calcom": "cal.com",
        "zoom": "zoom.us",
        "webex": "webex.com",
        "personio": "personio.de",
        "softgarden": "softgarden.io",
        "wttj": "welcometothejungle.com",
        "taleez": "taleez.com",
    }
    return f"{h[:26]}@{domains.get(ev.producer, 'holdout8.invalid')}"


def _party(prop: str, who: Who, organizer: bool) -> str:
    params = []
    if who.cutype:
        params.append(f"CUTYPE={who.cutype}")
    if not organizer:
        params.append(f"ROLE={who.role}")
        params.append(f"PARTSTAT={who.partstat}")
        if who.cutype is None and who.partstat == "NEEDS-ACTION":
            params.append("RSVP=TRUE")
    if who.cn:
        cn = who.cn
        params.append(f'CN="{cn}"' if any(c in cn for c in ",;:") else f"CN={cn}")
    head = ";".join([prop, *params])
    return f"{head}:mailto:{who.email}"


def vtimezone(tzid: str) -> list[str]:
    """Given a zone id from ZONES returns a VTIMEZONE block; Outlook-style names get 1601 onsets like Outlook writes."""
    std, dst, std_name, dst_name, rule = ZONES[tzid]
    outlook = "/" not in tzid
    if rule == "eu":
        dst_rule, std_rule = "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"
        dst_on, std_on = ("16010325T020000", "16011028T030000") if outlook else ("19700329T020000", "19701025T030000")
    else:
        dst_rule, std_rule = "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"
        dst_on, std_on = ("16010311T020000", "16011104T020000") if outlook else ("19700308T020000", "19701101T020000")
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not outlook:
        lines.append(f"X-LIC-LOCATION:{tzid}")
    lines += ["BEGIN:STANDARD", f"DTSTART:{std_on}", f"RRULE:{std_rule}", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}"]
    if std_name:
        lines.append(f"TZNAME:{std_name}")
    lines += ["END:STANDARD", "BEGIN:DAYLIGHT", f"DTSTART:{dst_on}", f"RRULE:{dst_rule}", f"TZOFFSETFROM:{std}"]
    lines.append(f"TZOFFSETTO:{dst}")
    if dst_name:
        lines.append(f"TZNAME:{dst_name}")
    lines += ["END:DAYLIGHT", "END:VTIMEZONE"]
    return lines


def _when(prop: str, value: str, tz: str) -> str:
    if tz == "date":
        return f"{prop};VALUE=DATE:{value}"
    if tz == "utc":
        return f"{prop}:{value}Z"
    if tz == "floating":
        return f"{prop}:{value}"
    tzid = f'"{tz}"' if any(c in tz for c in ",;:") else tz
    return f"{prop};TZID={tzid}:{value}"


def _vevent(ev: Ev, uid: str, start: str, end: str | None, rid: str | None) -> list[str]:
    lines = ["BEGIN:VEVENT"]
    lines.append(_when("DTSTART", start, ev.tz))
    if end:
        lines.append(_when("DTEND", end, ev.tz))
    if ev.rrule and rid is None:
        lines.append(f"RRULE:{ev.rrule}")
    if rid is not None:
        lines.append(_when("RECURRENCE-ID", rid, ev.tz))
    lines += [f"DTSTAMP:{STAMP}"]
    if ev.org:
        lines.append(_party("ORGANIZER", ev.org, True))
    lines.append(f"UID:{uid}")
    lines += [_party("ATTENDEE", a, False) for a in ev.att]
    lines.append("CREATED:20261118T143000Z")
    if ev.desc:
        lines.append("DESCRIPTION:" + esc(ev.desc))
    lines.append("LAST-MODIFIED:" + STAMP)
    if ev.loc:
        lines.append("LOCATION:" + esc(ev.loc))
    lines.append(f"SEQUENCE:{ev.seq + (1 if rid else 0)}")
    lines.append(f"STATUS:{ev.status or 'CONFIRMED'}")
    lines.append("SUMMARY:" + esc(ev.summary))
    lines.append("TRANSP:" + ("TRANSPARENT" if ev.tz == "date" else "OPAQUE"))
    lines += ev.extra
    lines.append("END:VEVENT")
    return lines


def render(ev: Ev, n: int) -> str:
    """Given an event and its number returns the whole VCALENDAR text with CRLF line ends and folded lines."""
    uid = uid_for(ev, n)
    head = ["BEGIN:VCALENDAR", f"PRODID:{PRODID[ev.producer]}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if ev.method:
        head.append(f"METHOD:{ev.method}")
    head += ev.cal_extra
    if ev.vtz and ev.tz in ZONES:
        head += vtimezone(ev.tz)
    body = _vevent(ev, uid, ev.start, ev.end, None)
    for rid, start, end in ev.overrides:
        body += _vevent(ev, uid, start, end, rid)
    lines = [*head, *body, "END:VCALENDAR"]
    # Cal.com writes long lines unfolded; every other producer folds at 75 octets.
    physical = lines if ev.producer == "calcom" else [p for line in lines for p in fold(line)]
    return "\r\n".join(physical) + "\r\n"


def label_uid(ev: Ev, n: int) -> str:
    """Given an event and its number returns the UID its label row carries."""
    return uid_for(ev, n)
