"""Raw iCalendar text helpers for the holdout18 event corpus (folding, escaping, zones, producer quirks)."""

from __future__ import annotations

from dataclasses import dataclass, field

ME = "ravi.menon@posteo.de"
WORK = "r.menon@kessler-automotive.com"

PRODIDS = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 14.6//EN",
    "ios": "-//Apple Inc.//iPhone OS 17.5//EN",
    "greenhouse": "-//Greenhouse Software//Greenhouse Calendar//EN",
    "lever": "-//Lever//Lever Hire//EN",
    "ashby": "-//Ashby//Ashby Scheduling//EN",
    "workday": "-//Workday Inc.//Workday Recruiting//EN",
    "join": "-//JOIN Solutions AG//join.com//DE",
    "personio": "-//Personio GmbH//Recruiting//DE",
    "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
    "modernloop": "-//ModernLoop//Scheduling//EN",
    "calcom": "-//Cal.com Inc.//Cal.com Event//EN",
    "calendly": "-//Calendly//Calendly Events//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco//Webex Meetings//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "eventbrite": "-//Eventbrite//Eventbrite Calendar//EN",
}

# Olson zones written as VTIMEZONE blocks the way Google/Apple emit them (CET-like and GMT-like rules).
_CET = ("+0100", "+0200", "CET", "CEST")
_GMT = ("+0000", "+0100", "GMT", "BST")

_OUTLOOK_NAMES = {
    "W. Europe Standard Time": _CET,
    "Romance Standard Time": _CET,
    "GMT Standard Time": _GMT,
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": _CET,
    "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris": _CET,
}


def esc(text: str) -> str:
    """Given plain text returns it escaped as an iCalendar TEXT value (backslash, semicolon, comma, newline)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line returns it folded at 75 octets with CRLF + space continuation, UTF-8 safe."""
    out: list[str] = []
    cur = b""
    limit = 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur = b" "
            limit = 75
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n".join(out)


def vtimezone(tzid: str, rules: tuple[str, str, str, str]) -> list[str]:
    """Given a TZID and (std offset, dst offset, std name, dst name) returns VTIMEZONE lines with EU rules."""
    std, dst, sname, dname = rules
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dname}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sname}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def zone_rules(tzid: str) -> tuple[str, str, str, str]:
    """Given a TZID returns the offset rules used for its VTIMEZONE."""
    if tzid in _OUTLOOK_NAMES:
        return _OUTLOOK_NAMES[tzid]
    if tzid in ("Europe/London", "Europe/Dublin"):
        return _GMT
    return _CET


@dataclass
class Att:
    """One ATTENDEE: address, display name and parameters."""

    email: str
    cn: str = ""
    role: str = "REQ-PARTICIPANT"
    partstat: str = "NEEDS-ACTION"
    cutype: str = ""
    rsvp: bool = True

    def line(self, style: str) -> str:
        """Given the producer style returns the ATTENDEE content line (unfolded)."""
        params = []
        if self.cutype:
            params.append(f"CUTYPE={self.cutype}")
        params.append(f"ROLE={self.role}")
        params.append(f"PARTSTAT={self.partstat}")
        if self.rsvp and not self.cutype:
            params.append("RSVP=TRUE")
        if self.cn:
            cn = f'"{self.cn}"' if any(c in self.cn for c in ",;:") or style == "outlook" else self.cn
            params.append(f"CN={cn}")
        if style == "google":
            params.append("X-NUM-GUESTS=0")
        return "ATTENDEE;" + ";".join(params) + f":mailto:{self.email}"


@dataclass
class Ev:
    """One VEVENT as a producer would emit it; `when` is the local DTSTART stamp, `zone` selects the form."""

    uid: str
    summary: str
    when: str
    end: str = ""
    zone: str = "Europe/Berlin"
    form: str = "tzid"  # tzid | utc | floating | allday | bare (Windows TZID without VTIMEZONE)
    organizer: tuple[str, str] | None = None
    attendees: list[Att] = field(default_factory=list)
    location: str = ""
    desc: str = ""
    status: str = ""
    rrule: str = ""
    recurrence_id: str = ""
    sequence: int = 0
    extra: list[str] = field(default_factory=list)
    stamp: str = "20261110T091500Z"

    def _dt(self, name: str, value: str) -> str:
        if self.form == "utc":
            return f"{name}:{value}Z"
        if self.form == "floating":
            return f"{name}:{value}"
        if self.form == "allday":
            return f"{name};VALUE=DATE:{value[:8]}"
        tz = f'"{self.zone}"' if "," in self.zone or ":" in self.zone else self.zone
        return f"{name};TZID={tz}:{value}"

    def lines(self, style: str) -> list[str]:
        """Given the producer style returns the VEVENT content lines (unfolded)."""
        out = ["BEGIN:VEVENT", self._dt("DTSTART", self.when)]
        if self.end:
            out.append(self._dt("DTEND", self.end))
        if self.rrule:
            out.append(f"RRULE:{self.rrule}")
        if self.recurrence_id:
            out.append(self._dt("RECURRENCE-ID", self.recurrence_id))
        out.append(f"DTSTAMP:{self.stamp}")
        if self.organizer:
            cn, mail = self.organizer
            qcn = f'"{cn}"' if any(c in cn for c in ",;:") else cn
            out.append(f"ORGANIZER;CN={qcn}:mailto:{mail}" if cn else f"ORGANIZER:mailto:{mail}")
        out.append(f"UID:{self.uid}")
        out.extend(a.line(style) for a in self.attendees)
        if self.desc:
            out.append("DESCRIPTION:" + esc(self.desc))
        if self.location:
            out.append("LOCATION:" + esc(self.location))
        out.append(f"SEQUENCE:{self.sequence}")
        out.append(f"STATUS:{self.status or 'CONFIRMED'}")
        out.append("SUMMARY:" + esc(self.summary))
        out.append("TRANSP:OPAQUE")
        out.extend(self.extra)
        out.append("END:VEVENT")
        return out


def calendar(style: str, events: list[Ev], method: str = "REQUEST", xwr_tz: str = "", calname: str = "") -> str:
    """Given a producer style and its events returns the whole VCALENDAR text (CRLF, folded)."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODIDS[style]}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if calname:
        lines.append(f"X-WR-CALNAME:{esc(calname)}")
    if xwr_tz:
        lines.append(f"X-WR-TIMEZONE:{xwr_tz}")
    seen: set[str] = set()
    for ev in events:
        if ev.form == "tzid" and ev.zone not in seen:
            seen.add(ev.zone)
            lines.extend(vtimezone(ev.zone, zone_rules(ev.zone)))
    att_style = "google" if style == "google" else "outlook" if style in ("outlook", "exchange") else style
    for ev in events:
        lines.extend(ev.lines(att_style))
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


MEET = (
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    "{join}: https://meet.google.com/{code}\n"
    "{more}: https://tel.meet/{code}?pin=4417720093\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)
_MEET_WORDS = {
    "en": ("Join with Google Meet", "Join by phone"),
    "de": ("Mit Google Meet teilnehmen", "Telefonische Einwahl"),
    "fr": ("Participer avec Google Meet", "Participer par téléphone"),
    "es": ("Unirse con Google Meet", "Unirse por teléfono"),
}


def meet(code: str, lang: str = "en") -> str:
    """Given a meeting code and language returns Google Meet footer text."""
    join, more = _MEET_WORDS[lang]
    return MEET.format(join=join, more=more, code=code)


_TEAMS = {
    "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device",
        "Click here to join the meeting",
           "Meeting ID", "Passcode"),
    "de": ("Microsoft Teams-Besprechung", "Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil",
           "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID", "Kennung"),
    "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
           "Cliquez ici pour rejoindre la réunion", "ID de la réunion", "Code secret"),
    "es": ("Reunión de Microsoft Teams", "Unirse desde el equipo, la aplicación móvil o el dispositivo de sala",
           "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso"),
}


def teams(mid: str, lang: str = "en") -> str:
    """Given a meeting id and language returns the Teams invitation footer text."""
    head, how, click, idw, pw = _TEAMS[lang]
    bar = "_" * 80
    return (f"{bar}\n{head}\n{how}\n{click} <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
            f"{idw}: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\n{pw}: Xk{mid[:2]}qT\n{bar}")


def zoom(mid: str, lang: str = "en") -> str:
    """Given a meeting id and language returns Zoom invitation boilerplate."""
    head = {"en": "Join Zoom Meeting", "de": "Zoom-Meeting beitreten", "fr": "Participer à la réunion Zoom",
            "es": "Unirse a la reunión Zoom"}[lang]
    return (f"{head}\nhttps://us06web.zoom.us/j/{mid}?pwd=bW9ja3B3ZDE4\n\nMeeting ID: {mid[:3]} {mid[3:7]} {mid[7:]}\n"
            "Passcode: 118830\n\nOne tap mobile\n+496971049922,,{mid}# Germany")


def webex(num: str) -> str:
    """Given a meeting number returns Webex boilerplate."""
    return (f"Join Webex meeting: https://meetings-eu.webex.com/meet/j.php?MTID=m{num}a7\n"
            f"Meeting number (access code): {num[:4]} {num[4:7]} {num[7:]}\nMeeting password: vR4x8Kp")


@dataclass
class Case:
    """One corpus file: its kind, language, producer style, events and label."""

    kind: str
    lang: str
    style: str
    evs: list[Ev]
    pos: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: list[str] = field(default_factory=list)
    trap: str = ""
    method: str = "REQUEST"
    xwr: str = ""
    calname: str = ""
