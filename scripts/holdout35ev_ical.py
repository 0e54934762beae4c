"""iCalendar text helpers for the holdout35 event corpus (blind; CC0 1.0)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

ME = "kwame.mensah@gmx.net"
WORK = "k.mensah@elbkai-terminal.de"
STAMP = "20261120T081500Z"

PRODIDS = {
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "apple": "-//Apple Inc.//macOS 14.6.1//EN",
    "ios": "-//Apple Inc.//iOS 17.5//EN",
    "sf": "-//SAP SuccessFactors//Interview Scheduling//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "workday": "-//Workday Inc//Workday Recruiting//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Recruiting//EN",
    "smartrec": "-//SmartRecruiters//SmartRecruiters Calendar//EN",
    "calendly": "-//Calendly//Calendly Scheduling//EN",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco Webex//Webex Meetings//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
}

WIN_TZ = """BEGIN:VTIMEZONE
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

OLSON_TZ = """BEGIN:VTIMEZONE
TZID:{tz}
X-LIC-LOCATION:{tz}
BEGIN:STANDARD
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
TZNAME:{sn}
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
TZNAME:{dn}
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE"""

ZONES = {
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Amsterdam": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Zurich": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST"),
}

TEAMS_DE = (
    "________________________________________________________________________________\n"
    "Microsoft Teams-Besprechung\nNehmen Sie auf Ihrem Computer, in der mobilen App oder im Raum teil.\n"
    "Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{k}>\n"
    "Besprechungs-ID: 3{k2} Kennung: Zq{k3}\nWeitere Informationen | Besprechungsoptionen\n"
    "________________________________________________________________________________"
)
TEAMS_EN = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{k}>\n"
    "Meeting ID: 2{k2}\nPasscode: hR{k3}\nLearn More | Meeting options\n"
    "________________________________________________________________________________"
)
ZOOM_EN = (
    "Join Zoom Meeting\nhttps://us02web.zoom.us/j/8{k2}?pwd={k}\n\nMeeting ID: 8{k2}\nPasscode: {k3}\n\n"
    "One tap mobile\n+4969380xxxx,,8{k2}# Germany\n\nJoin by SIP\n8{k2}@zoomcrc.com"
)
ZOOM_DE = (
    "Zoom-Meeting beitreten\nhttps://zoom.us/j/9{k2}?pwd={k}\n\nMeeting-ID: 9{k2}\nKenncode: {k3}\n\n"
    "Schnelleinwahl mobil\n+496950502596,,9{k2}# Deutschland"
)
MEET = (
    "Join with Google Meet: https://meet.google.com/{m}\nOr dial: (DE) +49 30 300195xxx PIN: {k3}#\n"
    "More phone numbers: https://tel.meet/{m}?pin={k3}\n\n"
    "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    "You are receiving this email because you are an attendee on the event. To stop receiving future updates "
    "for this event, decline this event.\n\nForwarding this invitation could allow any recipient to send a "
    "response to the organizer, be added to the guest list, invite others regardless of their own invitation "
    "status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"
)
WEBEX = (
    "-- Do not delete or change any of the following text. --\n\nWhen it's time, join the Webex meeting here.\n"
    "Meeting number (access code): 2{k2}\nMeeting password: Wx{k3}\n\nJoin meeting "
    "<https://meetingsemea.webex.com/meet/j.php?MTID=m{k}>\n\nTap to join from a mobile device (attendees only)\n"
    "+49-619-6781-9736,,2{k2}## Germany Toll"
)


def boiler(kind: str, seed: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    m = f"{h[0:3]}-{h[3:7]}-{h[7:10]}"
    tpl = {"teams_de": TEAMS_DE, "teams_en": TEAMS_EN, "zoom_en": ZOOM_EN, "zoom_de": ZOOM_DE, "meet": MEET,
           "webex": WEBEX}[kind]
    return tpl.format(k=h[10:26], k2=str(int(h[26:34], 16))[:9], k3=str(int(h[34:40], 16))[:6], m=m)


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    out: list[str] = []
    raw = line.encode("utf-8")
    first = True
    while raw:
        limit = 75 if first else 74
        cut = min(limit, len(raw))
        while cut < len(raw) and (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(("" if first else " ") + raw[:cut].decode("utf-8"))
        raw = raw[cut:]
        first = False
    return "\r\n".join(out)


@dataclass
class Ev:
    kind: str
    lang: str
    prod: str
    summary: str
    desc: str
    org: str
    att: list[str]
    when: str
    mins: int = 60
    tz: str = ""
    loc: str = ""
    status: str = "CONFIRMED"
    method: str = "REQUEST"
    extra: list[str] = field(default_factory=list)
    override: tuple[str, str, str] | None = None
    iv: int = 1
    co: str = ""
    role: str = ""
    stage: str = ""
    ivs: str | None = None
    trap: str = ""
    boil: str = ""
    uid: str = ""


def person(spec: str) -> tuple[str, str, str, str]:
    """'flag:Name <mail>' -> (flag, name, mail, params)."""
    flag = ""
    if ":" in spec.split("<")[0]:
        flag, spec = spec.split(":", 1)
    if "<" in spec:
        name, mail = spec.split("<", 1)
        return flag, name.strip(), mail.rstrip(">").strip(), ""
    return flag, "", spec.strip(), ""


def me_mail(mail: str) -> str:
    return {"ME": ME, "WORK": WORK}.get(mail, mail)


def cn(name: str) -> str:
    if not name:
        return ""
    if any(c in name for c in ",;:"):
        return f';CN="{name}"'
    return f";CN={name}"


def interviewers(ev: Ev) -> str:
    if ev.ivs is not None:
        return ev.ivs
    if not ev.iv:
        return ""
    seen: list[str] = []
    for spec in [ev.org, *ev.att]:
        if not spec:
            continue
        flag, _name, mail, _ = person(spec)
        mail = me_mail(mail)
        if flag in ("room", "res", "coord") or mail in (ME, WORK) or mail in seen:
            continue
        seen.append(mail)
    return ";".join(seen)


def make_uid(ev: Ev, idx: int) -> str:
    if ev.uid:
        return ev.uid
    h = hashlib.sha256(f"holdout35-{idx}-{ev.summary}".encode()).hexdigest()
    if ev.prod in ("outlook", "exchange"):
        tail = h[:16] + "0000000000000000100000007" + h[16:40]
        return "040000008200E00074C5B7101A82E00800000000" + tail.upper()
    if ev.prod == "google":
        return h[:26] + "@google.com"
    if ev.prod in ("apple", "ios"):
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}".upper()
    return f"{ev.prod}-{h[:20]}@holdout35.invalid"


def dt_lines(ev: Ev, name: str, when: str, mins: int) -> str:
    if len(when) == 8:
        d = datetime.strptime(when, "%Y%m%d").replace(tzinfo=UTC)
        end = d + timedelta(days=max(1, mins // 1440))
        if name == "DTSTART":
            return f"DTSTART;VALUE=DATE:{when}\r\nDTEND;VALUE=DATE:{end:%Y%m%d}"
        return ""
    d = datetime.strptime(when, "%Y%m%dT%H%M").replace(tzinfo=UTC)
    e = d + timedelta(minutes=mins)
    if ev.tz == "float":
        return f"DTSTART:{d:%Y%m%dT%H%M%S}\r\nDTEND:{e:%Y%m%dT%H%M%S}"
    if ev.tz == "utc":
        u = d - timedelta(hours=1)
        ue = u + timedelta(minutes=mins)
        return f"DTSTART:{u:%Y%m%dT%H%M%SZ}\r\nDTEND:{ue:%Y%m%dT%H%M%SZ}"
    tz = zone_of(ev)
    return f'DTSTART;TZID="{tz}":{d:%Y%m%dT%H%M%S}\r\nDTEND;TZID="{tz}":{e:%Y%m%dT%H%M%S}'.replace(
        '"', "" if " " not in tz else '"')


def zone_of(ev: Ev) -> str:
    if ev.tz and ev.tz not in ("float", "utc"):
        return ev.tz
    if ev.prod in ("outlook", "exchange", "bookings"):
        return "W. Europe Standard Time"
    return "Europe/Berlin"


def render(ev: Ev, idx: int) -> tuple[str, str]:
    uid = make_uid(ev, idx)
    lines: list[str] = ["BEGIN:VCALENDAR", f"PRODID:{PRODIDS[ev.prod]}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if ev.method:
        lines.append(f"METHOD:{ev.method}")
    if ev.prod == "google":
        lines.append(f"X-WR-TIMEZONE:{zone_of(ev) if ev.tz not in ('float', 'utc') else 'Europe/Berlin'}")
    if ev.tz not in ("float", "utc") and len(ev.when) > 8:
        z = zone_of(ev)
        if z == "W. Europe Standard Time":
            lines.append(WIN_TZ)
        elif z in ZONES:
            std, dst, sn, dn = ZONES[z]
            lines.append(OLSON_TZ.format(tz=z, std=std, dst=dst, sn=sn, dn=dn))
    desc = ev.desc
    if ev.boil:
        desc = (desc + "\n\n" if desc else "") + boiler(ev.boil, uid)
    body = vevent(ev, uid, ev.when, ev.mins, ev.summary, desc, ev.status, ev.extra)
    lines.append(body)
    if ev.override:
        rid, new_when, note = ev.override
        rid_line = f"RECURRENCE-ID;TZID={zone_of(ev)}:{rid}00" if " " not in zone_of(ev) else \
            f'RECURRENCE-ID;TZID="{zone_of(ev)}":{rid}00'
        lines.append(vevent(ev, uid, new_when, ev.mins, ev.summary, note or desc, "CONFIRMED", [rid_line]))
    lines.append("END:VCALENDAR")
    text = "\r\n".join(fold(x) if "\n" not in x else x.replace("\r\n", "\n").replace("\n", "\r\n")
                         for x in lines) + "\r\n"
    return uid, text


def vevent(ev: Ev, uid: str, when: str, mins: int, summ: str, desc: str, status: str, extra: list[str]) -> str:
    out = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{STAMP}", dt_lines(ev, "DTSTART", when, mins)]
    out.append(f"SUMMARY:{esc(summ)}")
    if desc:
        out.append(f"DESCRIPTION:{esc(desc)}")
    if ev.loc:
        out.append(f"LOCATION:{esc(ev.loc)}")
    if ev.org:
        flag, name, mail, _ = person(ev.org)
        out.append(f"ORGANIZER{cn(name)}:mailto:{me_mail(mail)}")
    for spec in ev.att:
        flag, name, mail, _ = person(spec)
        params = ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
        if flag == "room":
            params = ";CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
        elif flag == "res":
            params = ";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
        elif flag == "opt":
            params = ";CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION"
        elif flag == "chair":
            params = ";ROLE=CHAIR;PARTSTAT=ACCEPTED"
        out.append(f"ATTENDEE{params}{cn(name)}:mailto:{me_mail(mail)}")
    seq = "1" if status == "CANCELLED" else "0"
    out += [f"SEQUENCE:{seq}", f"STATUS:{status}", "TRANSP:OPAQUE"]
    if ev.prod in ("outlook", "exchange"):
        out += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    out += extra
    out.append("END:VEVENT")
    return "\r\n".join(fold(x) for x in "\r\n".join(out).split("\r\n"))
