"""iCalendar text helpers for the holdout42 event corpus (written blind; CC0 1.0)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

ME_PRIV = "sabine.hartmann@t-online.de"
ME_WORK = "s.hartmann@rheinchem-werke.de"

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

PRODIDS = {
    "outlook": "Microsoft Exchange Server 2010",
    "outlook365": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "apple": "-//Apple Inc.//macOS 14.4//EN",
    "ios": "-//Apple Inc.//iOS 17.2//EN",
    "sf": "-//SAP SuccessFactors//Interview Scheduling//EN",
    "workday": "-//Workday Inc//Workday Calendar//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "softgarden": "-//softgarden e-recruiting GmbH//softgarden//DE",
    "dvinci": "-//d.vinci HR-Systems GmbH//d.vinci Bewerbermanagement//DE",
    "greenhouse": "-//Greenhouse Software//Greenhouse Scheduling//EN",
    "calendly": "-//Calendly//Calendly Scheduling//EN",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco Webex//Webex Meetings//EN",
}


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
            limit = 74
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


@dataclass
class Ev:
    """One VEVENT. Attendees: 'email|CN|KIND|PARTSTAT' (KIND: REQ, OPT, ROOM, RES, CHAIR)."""

    uid: str
    summary: str
    start: str  # 'YYYYMMDDTHHMM' local, or 'YYYYMMDD' for all-day
    minutes: int = 60
    desc: str = ""
    location: str = ""
    organizer: str = ""  # 'email|CN' or 'email|CN|sent-by'
    attendees: list[str] = field(default_factory=list)
    status: str = "CONFIRMED"
    rrule: str = ""
    recurrence_id: str = ""
    sequence: int = 0
    extra: list[str] = field(default_factory=list)
    floating: bool = False
    utc: bool = False


def _dt(val: str, tzid: str, ev: Ev, name: str) -> str:
    if len(val) == 8:
        return f"{name};VALUE=DATE:{val}"
    stamp = datetime.strptime(val, "%Y%m%dT%H%M").replace(tzinfo=UTC)
    if ev.floating:
        return f"{name}:{stamp:%Y%m%dT%H%M}00"
    if ev.utc:
        # Europe/Berlin offset approximated per month: good enough for invented events
        off = 2 if 4 <= stamp.month <= 10 else 1
        u = stamp - timedelta(hours=off)
        return f"{name}:{u:%Y%m%dT%H%M%S}Z"
    return f"{name};TZID={tzid}:{stamp:%Y%m%dT%H%M}00"


def _end(ev: Ev) -> str:
    if len(ev.start) == 8:
        d = datetime.strptime(ev.start, "%Y%m%d").replace(tzinfo=UTC) + timedelta(days=max(1, ev.minutes // 1440))
        return f"{d:%Y%m%d}"
    d = datetime.strptime(ev.start, "%Y%m%dT%H%M").replace(tzinfo=UTC) + timedelta(minutes=ev.minutes)
    return f"{d:%Y%m%dT%H%M}"


def _person(prefix: str, spec: str) -> str:
    parts = spec.split("|")
    email = parts[0]
    cn = parts[1] if len(parts) > 1 else ""
    kind = parts[2] if len(parts) > 2 else "REQ"
    pstat = parts[3] if len(parts) > 3 else "NEEDS-ACTION"
    params: list[str] = []
    if prefix == "ORGANIZER":
        if cn:
            params.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
        if len(parts) > 2 and parts[2]:
            params.append(f'SENT-BY="mailto:{parts[2]}"')
        return fold(";".join([prefix, *params]) + f":mailto:{email}")
    if kind == "ROOM":
        params += ["CUTYPE=ROOM", "ROLE=NON-PARTICIPANT"]
    elif kind == "RES":
        params += ["CUTYPE=RESOURCE", "ROLE=NON-PARTICIPANT"]
    elif kind == "OPT":
        params += ["CUTYPE=INDIVIDUAL", "ROLE=OPT-PARTICIPANT"]
    elif kind == "CHAIR":
        params += ["ROLE=CHAIR"]
    else:
        params += ["CUTYPE=INDIVIDUAL", "ROLE=REQ-PARTICIPANT"]
    params.append(f"PARTSTAT={pstat}")
    if pstat == "NEEDS-ACTION":
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f"CN={cn}")
    return fold(";".join([prefix, *params]) + f":mailto:{email}")


def render_event(ev: Ev, tzid: str, stamp: str) -> list[str]:
    lines = ["BEGIN:VEVENT"]
    lines.append(_dt(ev.start, tzid, ev, "DTSTART"))
    lines.append(_dt(_end(ev), tzid, ev, "DTEND"))
    if ev.rrule:
        lines.append(f"RRULE:{ev.rrule}")
    if ev.recurrence_id:
        lines.append(_dt(ev.recurrence_id, tzid, ev, "RECURRENCE-ID"))
    lines.append(f"DTSTAMP:{stamp}")
    if ev.organizer:
        lines.append(_person("ORGANIZER", ev.organizer))
    lines.append(fold(f"UID:{ev.uid}"))
    for a in ev.attendees:
        lines.append(_person("ATTENDEE", a))
    lines.append(f"CREATED:{stamp}")
    if ev.desc:
        lines.append(fold("DESCRIPTION:" + esc(ev.desc)))
    lines.append(f"LAST-MODIFIED:{stamp}")
    if ev.location:
        lines.append(fold("LOCATION:" + esc(ev.location)))
    lines.append(f"SEQUENCE:{ev.sequence}")
    lines.append(f"STATUS:{ev.status}")
    lines.append(fold("SUMMARY:" + esc(ev.summary)))
    lines.append("TRANSP:OPAQUE")
    lines.extend(fold(x) for x in ev.extra)
    lines.append("END:VEVENT")
    return lines


def calendar(producer: str, events: list[Ev], tz: str = "Europe/Berlin", method: str = "REQUEST",
             stamp: str = "20261102T081500Z") -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODIDS[producer]}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    windows = producer in ("outlook", "outlook365", "bookings")
    tzid = "W. Europe Standard Time" if windows else tz
    if producer == "google":
        lines += ["X-WR-CALNAME:Sabine Hartmann", f"X-WR-TIMEZONE:{tz}"]
    need_tz = any(len(e.start) > 8 and not e.floating and not e.utc for e in events)
    if need_tz:
        lines += (WIN_TZ if windows else OLSON_TZ.format(tz=tz)).split("\n")
    for ev in events:
        lines += render_event(ev, tzid, stamp)
        if windows:
            lines.insert(-1, "X-MICROSOFT-CDO-BUSYSTATUS:BUSY")
            lines.insert(-1, "X-MICROSOFT-CDO-IMPORTANCE:1")
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


TEAMS_DE = ("________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nÜber Computer, mobile App oder Raumgerät teilnehmen\n"
            "Klicken Sie hier, um an der Besprechung teilzunehmen "
            "<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>\n"
            "Besprechungs-ID: 3{n} 118 204 77\nPasscode: Hk{n}pQ\n"
            "Oder rufen Sie an (nur Audio)\n+49 69 365052{n},,8841{n}# Deutschland, Frankfurt am Main\n"
            "Weitere Informationen | Besprechungsoptionen\n"
            "________________________________________________________________________________")
TEAMS_EN = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}"
            "%40thread.v2/0>\nMeeting ID: 2{n} 907 551 30\nPasscode: zT{n}w8\n"
            "Learn More | Meeting options\n"
            "________________________________________________________________________________")
ZOOM_EN = ("Join Zoom Meeting\nhttps://us02web.zoom.us/j/8{n}41207{n}?pwd=Q2x{code}\n\n"
           "Meeting ID: 8{n}4 1207 {n}\nPasscode: 55{n}1\n\nOne tap mobile\n+496938079884,,8{n}41207{n}# Germany")
ZOOM_DE = ("Zoom-Meeting beitreten\nhttps://zoom.us/j/9{n}3006{n}?pwd=ZkR{code}\n\n"
           "Meeting-ID: 9{n}3 006 {n}\nKenncode: 40{n}7\n\nSchnelleinwahl mobil\n+4969{n}050 Deutschland")
MEET = ("Join with Google Meet: https://meet.google.com/{code}\nOr dial: (DE) +49 30 30001{n} PIN: 7{n}61 0#\n"
        "More phone numbers: https://tel.meet/{code}?pin=7{n}610\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720")
MEET_DE = ("An Google Meet-Videoanruf teilnehmen: https://meet.google.com/{code}\n"
           "Oder wählen Sie (DE) +49 40 80819{n} PIN: 4{n}27#\nWeitere Telefonnummern: https://tel.meet/{code}")
WEBEX = ("Webex-Meeting beitreten\nhttps://{site}.webex.com/{site}/j.php?MTID=m{code}\n"
         "Meeting-Kennnummer (Zugriffscode): 2{n}7 44 {n}\nMeeting-Passwort: Pc{n}x\n"
         "Über Telefon beitreten\n+49-619-6781-{n}{n}00 Deutschland gebührenpflichtig")


def boiler(kind: str, n: int, code: str = "abc-defg-hij", site: str = "meet") -> str:
    tpl = {"teams_de": TEAMS_DE, "teams_en": TEAMS_EN, "zoom_en": ZOOM_EN, "zoom_de": ZOOM_DE,
           "meet": MEET, "meet_de": MEET_DE, "webex": WEBEX}[kind]
    return tpl.replace("{n}", str(n % 10)).replace("{code}", code).replace("{site}", site)


def unfolded_uids(text: str) -> list[str]:
    raw = text.replace("\r\n ", "").replace("\r\n\t", "")
    return [ln[4:] for ln in raw.split("\r\n") if ln.startswith("UID:")]
