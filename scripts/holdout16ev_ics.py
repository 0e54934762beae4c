"""Raw iCalendar text helpers for the holdout16 event corpus (folding, escaping, zones, boilerplate)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

ME_PRIVATE = "dan.adeyemi@outlook.com"
ME_WORK = "d.adeyemi@kingsway-academy.org.uk"

# Standard EU daylight-saving rules; offsets are (standard, daylight) as "+HHMM".
_ZONES: dict[str, tuple[str, str, str, str]] = {
    "Europe/London": ("+0000", "+0100", "GMT", "BST"),
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "GMT Standard Time": ("+0000", "+0100", "", ""),
    "W. Europe Standard Time": ("+0100", "+0200", "", ""),
    "Romance Standard Time": ("+0100", "+0200", "", ""),
}


def esc(text: str) -> str:
    """Given plain text, returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line, returns it folded at 75 octets with CRLF + space continuations."""
    out: list[str] = []
    cur = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode()) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def vtimezone(tzid: str) -> list[str]:
    """Given a known zone id (Olson or Windows), returns a VTIMEZONE block with EU summer-time rules."""
    std, dst, sname, dname = _ZONES[tzid]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if "/" in tzid:
        lines.append(f"X-LIC-LOCATION:{tzid}")
    lines += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}"]
    lines += [f"TZNAME:{dname}"] if dname else []
    lines += ["DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT"]
    lines += ["BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}"]
    lines += [f"TZNAME:{sname}"] if sname else []
    lines += ["DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"]
    return lines


@dataclass(frozen=True)
class A:
    """One attendee: address, display name and optional ROLE/CUTYPE/PARTSTAT."""

    email: str
    cn: str = ""
    role: str = "REQ-PARTICIPANT"
    cutype: str = ""
    partstat: str = "NEEDS-ACTION"
    rsvp: bool = True

    def line(self) -> str:
        """Given nothing, returns the ATTENDEE content line."""
        params = []
        if self.cutype:
            params.append(f"CUTYPE={self.cutype}")
        params.append(f"ROLE={self.role}")
        params.append(f"PARTSTAT={self.partstat}")
        if self.rsvp and not self.cutype:
            params.append("RSVP=TRUE")
        if self.cn:
            cn = f'"{self.cn}"' if any(c in self.cn for c in ",;:") else self.cn
            params.append(f"CN={cn}")
        return "ATTENDEE;" + ";".join(params) + f":mailto:{self.email}"


def _stamp(value: str, minutes: int) -> str:
    """Given a basic-format local time and a duration, returns the end time in the same format."""
    start = datetime(int(value[0:4]), int(value[4:6]), int(value[6:8]), int(value[9:11]), int(value[11:13]),
                     tzinfo=UTC)
    return (start + timedelta(minutes=minutes)).strftime("%Y%m%dT%H%M%S")


@dataclass
class Ev:
    """One VEVENT as a producer would write it; `style` is olson, win, utc, float or date."""

    uid: str
    summary: str
    start: str
    minutes: int = 45
    tz: str = "Europe/London"
    style: str = "olson"
    organizer: tuple[str, str] | None = None
    attendees: list[A] = field(default_factory=list)
    description: str = ""
    location: str = ""
    status: str = "CONFIRMED"
    sequence: int = 0
    rrule: str = ""
    recurrence_id: str = ""
    extra: list[str] = field(default_factory=list)
    stamp: str = "20261118T101500Z"

    def _when(self, name: str, value: str) -> str:
        if self.style == "date":
            return f"{name};VALUE=DATE:{value[:8]}"
        if self.style == "utc":
            return f"{name}:{value}Z"
        if self.style == "float":
            return f"{name}:{value}"
        tzid = f'"{self.tz}"' if self.style == "winq" else self.tz
        return f"{name};TZID={tzid}:{value}"

    def lines(self) -> list[str]:
        """Given nothing, returns the VEVENT content lines (unfolded)."""
        out = ["BEGIN:VEVENT", f"UID:{self.uid}", f"DTSTAMP:{self.stamp}"]
        if self.recurrence_id:
            out.append(self._when("RECURRENCE-ID", self.recurrence_id))
        out.append(self._when("DTSTART", self.start))
        if self.style == "date":
            day = datetime(int(self.start[0:4]), int(self.start[4:6]), int(self.start[6:8]), tzinfo=UTC)
            out.append(f"DTEND;VALUE=DATE:{(day + timedelta(days=max(1, self.minutes // 1440))).strftime('%Y%m%d')}")
        else:
            out.append(self._when("DTEND", _stamp(self.start, self.minutes)))
        if self.rrule:
            out.append(f"RRULE:{self.rrule}")
        out.append(f"SUMMARY:{esc(self.summary)}")
        if self.organizer:
            email, cn = self.organizer
            cn_part = (f';CN="{cn}"' if "," in cn else f";CN={cn}") if cn else ""
            out.append(f"ORGANIZER{cn_part}:mailto:{email}")
        out += [a.line() for a in self.attendees]
        if self.description:
            out.append(f"DESCRIPTION:{esc(self.description)}")
        if self.location:
            out.append(f"LOCATION:{esc(self.location)}")
        out += [f"STATUS:{self.status}", f"SEQUENCE:{self.sequence}"]
        out += self.extra
        out.append("END:VEVENT")
        return out


def calendar(prodid: str, events: list[Ev], method: str = "REQUEST", zones: tuple[str, ...] = (),
             header: tuple[str, ...] = ()) -> str:
    """Given a PRODID, events, METHOD ('' for none), zones and extra header lines, returns .ics text (CRLF)."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(header)
    for tz in zones:
        lines += vtimezone(tz)
    for ev in events:
        lines += ev.lines()
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
OUTLOOK16 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
APPLE = "-//Apple Inc.//macOS 14.6//EN"
IOS = "-//Apple Inc.//iOS 17.5//EN"


def teams(lang: str = "en", meeting_id: str = "371 845 209 116", code: str = "Qx7bRt") -> str:
    """Given a language and meeting id, returns Teams join boilerplate as Outlook puts it in the body."""
    bar = "_" * 64
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0"
    head = {"en": "Microsoft Teams meeting\nJoin on your computer, mobile app or room device",
            "de": ("Microsoft Teams-Besprechung\nNehmen Sie von Ihrem Computer, Ihrer mobilen App "
                   "oder Ihrem Raumgerät teil"),
            "fr": "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle",
            "es": ("Reunión de Microsoft Teams\nUnirse desde el equipo, la aplicación móvil "
                   "o el dispositivo de sala")}[lang]
    idw = {"en": "Meeting ID", "de": "Besprechungs-ID", "fr": "ID de la réunion", "es": "Id. de reunión"}[lang]
    return f"{bar}\n{head}\n{link}\n{idw}: {meeting_id}\nPasscode: {code[:3]}9k\n{bar}"


def zoom(lang: str = "en", mid: str = "854 2290 1137") -> str:
    """Given a language and meeting id, returns Zoom invitation boilerplate."""
    joined = mid.replace(" ", "")
    intro = {"en": "Join Zoom Meeting", "de": "Zoom-Meeting beitreten", "fr": "Participer à la réunion Zoom",
             "es": "Unirse a la reunión Zoom"}[lang]
    return (f"{intro}\nhttps://us02web.zoom.us/j/{joined}?pwd=aFh2c0ZtR1pSd3Q\n\nMeeting ID: {mid}\n"
            f"Passcode: 661204\n\nOne tap mobile\n+441314601196,,{joined}# United Kingdom")


def meet(lang: str = "en", code: str = "kqv-tzma-rhe") -> str:
    """Given a language and a Meet code, returns the footer Google Calendar adds to invites."""
    join = {"en": "Join with Google Meet", "de": "Mit Google Meet teilnehmen", "fr": "Participer avec Google Meet",
            "es": "Unirse con Google Meet"}[lang]
    more = {"en": "Learn more about Meet at: https://support.google.com/a/users/answer/9282720",
            "de": "Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720",
            "fr": "En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720",
            "es": "Más información sobre Meet: https://support.google.com/a/users/answer/9282720"}[lang]
    return f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n{join}: https://meet.google.com/{code}\n\n{more}\n-::~:~::~:~::-"


def webex(mid: str = "2641 887 0392") -> str:
    """Given a meeting number, returns Webex join boilerplate."""
    return (f"Join meeting\nhttps://meetingsemea.webex.com/meet/j.php?MTID=m5c1f0e\nMeeting number: {mid}\n"
            "Password: Kp4wQ\nJoin by phone +44-20-7660-8149 United Kingdom Toll")


Label = dict[str, str]
Item = tuple[str, str, str, Label]


def item(kind: str, lang: str, ics: str, uid: str, interview: bool, company: str = "", role: str = "",
         stage: str = "", interviewers: tuple[str, ...] = ()) -> Item:
    """Given one event's kind, language, text and truth, returns the (kind, lang, text, label) record."""
    label = {"uid": uid, "is_interview": "1" if interview else "0", "company": company, "role": role,
             "stage": stage, "interviewers": ";".join(interviewers)}
    return kind, lang, ics, label
