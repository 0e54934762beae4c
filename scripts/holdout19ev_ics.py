"""Raw iCalendar text helpers for the holdout19 event corpus (folding, escaping, zones, call footers)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

ME = "lucia.fernandez@icloud.com"
WORK = "lucia.fernandez@iberavia-crew.es"
STAMP = "20261120T091500Z"

TZ_BLOCKS: dict[str, tuple[str, str, str, str]] = {
    # tzid: (standard name, daylight name, std offset, dst offset)
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Zurich": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Dublin": ("GMT", "IST", "+0000", "+0100"),
    "Romance Standard Time": ("Standard", "Daylight", "+0100", "+0200"),
    "W. Europe Standard Time": ("Standard", "Daylight", "+0100", "+0200"),
    "GMT Standard Time": ("Standard", "Daylight", "+0000", "+0100"),
}


def esc(text: str) -> str:
    """Given plain text returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Given one content line returns it folded at 75 octets as RFC 5545 asks."""
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " "
            limit = 75
        cur += ch
    out.append(cur)
    return out


def vtimezone(tzid: str) -> list[str]:
    """Given a zone id returns a VTIMEZONE block with EU daylight rules."""
    std, dst, off_std, off_dst = TZ_BLOCKS[tzid]
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", f"TZNAME:{std}", "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", f"TZOFFSETFROM:{off_dst}", f"TZOFFSETTO:{off_std}", "END:STANDARD",
        "BEGIN:DAYLIGHT", f"TZNAME:{dst}", "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", f"TZOFFSETFROM:{off_std}", f"TZOFFSETTO:{off_dst}", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def att(email: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", partstat: str = "NEEDS-ACTION",
        cutype: str | None = None, rsvp: bool = True, quote: bool = False) -> str:
    """Given an address and parameters returns one ATTENDEE line (unfolded)."""
    params = []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params.append(f"ROLE={role}")
    params.append(f"PARTSTAT={partstat}")
    if rsvp and not cutype:
        params.append("RSVP=TRUE")
    if cn:
        params.append(f'CN="{cn}"' if quote or "," in cn or ":" in cn else f"CN={cn}")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def org(email: str, cn: str | None = None, *, sent_by: str | None = None) -> str:
    """Given an address returns an ORGANIZER line."""
    params = ""
    if cn:
        params += f';CN="{cn}"' if "," in cn or ":" in cn else f";CN={cn}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


@dataclass
class Ev:
    """One VEVENT as a producer would write it."""

    uid: str
    summary: str
    start: str
    end: str = ""
    tz: str | None = "Europe/Madrid"
    desc: str = ""
    loc: str = ""
    organizer: str = ""
    attendees: Sequence[str] = ()
    extra: Sequence[str] = ()
    status: str = "CONFIRMED"
    allday: bool = False
    utc: bool = False
    seq: int = 0
    rrule: str = ""
    recurrence_id: str = ""
    duration: str = ""
    lines_raw: list[str] = field(default_factory=list)

    def dt(self, name: str, value: str) -> str:
        """Given a property name and local value returns the date-time line in this event's form."""
        if self.allday:
            return f"{name};VALUE=DATE:{value}"
        if self.utc:
            return f"{name}:{value}Z"
        if self.tz:
            return f"{name};TZID={self.tz}:{value}"
        return f"{name}:{value}"

    def lines(self) -> list[str]:
        """Given this event returns its content lines, folded."""
        raw = ["BEGIN:VEVENT", f"UID:{self.uid}", f"DTSTAMP:{STAMP}", self.dt("DTSTART", self.start)]
        if self.duration:
            raw.append(f"DURATION:{self.duration}")
        elif self.end:
            raw.append(self.dt("DTEND", self.end))
        if self.recurrence_id:
            raw.append(self.dt("RECURRENCE-ID", self.recurrence_id))
        if self.rrule:
            raw.append(f"RRULE:{self.rrule}")
        raw.append(f"SUMMARY:{esc(self.summary)}")
        if self.organizer:
            raw.append(self.organizer)
        raw.extend(self.attendees)
        if self.desc:
            raw.append(f"DESCRIPTION:{esc(self.desc)}")
        if self.loc:
            raw.append(f"LOCATION:{esc(self.loc)}")
        raw.append(f"SEQUENCE:{self.seq}")
        raw.append(f"STATUS:{self.status}")
        raw.extend(self.extra)
        raw.extend(self.lines_raw)
        raw.append("END:VEVENT")
        out: list[str] = []
        for line in raw:
            out.extend(fold(line))
        return out


def cal(prodid: str, events: Sequence[Ev], *, method: str = "REQUEST", xwr: str | None = None,
        zones: Sequence[str] | None = None, calname: str | None = None) -> str:
    """Given a PRODID and events returns a whole VCALENDAR text with CRLF line ends."""
    head = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        head.append(f"METHOD:{method}")
    if calname:
        head.append(f"X-WR-CALNAME:{esc(calname)}")
    if xwr:
        head.append(f"X-WR-TIMEZONE:{xwr}")
    wanted = list(zones) if zones is not None else sorted({e.tz for e in events if e.tz and not e.allday
                                                           and not e.utc and e.tz in TZ_BLOCKS})
    body: list[str] = []
    for z in wanted:
        body.extend(vtimezone(z))
    for e in events:
        body.extend(e.lines())
    return "\r\n".join([*head, *body, "END:VCALENDAR"]) + "\r\n"


def zoom(meeting: str, pwd: str, lang: str = "en") -> str:
    """Given a meeting id returns a Zoom invitation footer in the given language."""
    url = f"https://zoom.us/j/{meeting.replace(' ', '')}?pwd={pwd}"
    intro = {"en": "Join Zoom Meeting", "de": "Zoom-Meeting beitreten", "fr": "Participer à la réunion Zoom",
             "es": "Unirse a la reunión Zoom"}[lang]
    mid = {"en": "Meeting ID", "de": "Meeting-ID", "fr": "ID de réunion", "es": "ID de reunión"}[lang]
    return f"{intro}\n{url}\n\n{mid}: {meeting}\nPasscode: {pwd[:6]}\n"


def teams(lang: str = "en", conf: str = "349 201 877 551") -> str:
    """Given a language returns a Microsoft Teams meeting footer."""
    head = {"en": "Microsoft Teams meeting", "de": "Microsoft Teams-Besprechung",
            "fr": "Réunion Microsoft Teams", "es": "Reunión de Microsoft Teams"}[lang]
    join = {"en": "Join on your computer, mobile app or room device", "de": "Nehmen Sie von Ihrem Computer, "
            "Ihrer mobilen App oder Ihrem Raumgerät aus teil", "fr": "Rejoindre sur votre ordinateur, application "
            "mobile ou appareil de salle", "es": "Unirse desde el equipo, la aplicación móvil o el dispositivo de "
            "sala"}[lang]
    return (f"{'_' * 64}\n{head}\n{join}\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            f"{conf.replace(' ', '')}%40thread.v2/0\nMeeting ID: {conf}\n{'_' * 64}")


def meet(code: str, lang: str = "en") -> str:
    """Given a Meet code returns a Google Meet footer."""
    head = {"en": "Join with Google Meet", "de": "Mit Google Meet teilnehmen", "fr": "Participer avec Google Meet",
            "es": "Unirse con Google Meet"}[lang]
    return f"{head}: https://meet.google.com/{code}\n"


def webex(num: str, lang: str = "en") -> str:
    """Given a meeting number returns a Webex footer."""
    head = {"en": "Join the Webex meeting", "de": "Webex-Meeting beitreten", "fr": "Rejoindre la réunion Webex",
            "es": "Entrar a la reunión de Webex"}[lang]
    return f"{head}\nhttps://meetings-eu1.webex.com/meet/j.php?MTID=m{num}\nMeeting number: {num[:10]}\n"


def gcal_footer(lang: str = "en") -> str:
    """Given a language returns the invitation footer Google Calendar appends."""
    return {"en": "\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving "
            "this email because you are an attendee on the event.",
            "de": "\n\nEinladung von Google Kalender: https://calendar.google.com/calendar/",
            "fr": "\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/",
            "es": "\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/"}[lang]


def uid_of(text: str) -> str:
    """Given calendar text we wrote returns the first UID value (our own output, unfolded by construction)."""
    unfolded = re.sub(r"\r\n[ \t]", "", text)
    m = re.search(r"^UID:(.+?)\r?$", unfolded, re.M)
    if not m:
        raise ValueError("no UID")
    return m.group(1)


@dataclass(frozen=True)
class Item:
    """One corpus file with its label."""

    kind: str
    lang: str
    text: str
    interview: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: tuple[str, ...] = ()
    trap: str = ""
