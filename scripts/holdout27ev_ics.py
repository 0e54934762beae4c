"""Raw iCalendar text helpers for the holdout27 event corpus (Sophie Martin's calendar).

Given plain field values, these return iCalendar TEXT in the shapes real producers emit; nothing parses it here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ME_PRIVATE = "sophie.martin.pro@gmail.com"
ME_WORK = "s.martin@cabinet-durand-avocats.fr"
STAMP = "20261110T081500Z"

_CET_RULES = (
    "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"
)
_GMT_RULES = (
    "BEGIN:STANDARD\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\n"
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010101T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\n"
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"
)
_LONDONISH = {"Europe/London", "GMT Standard Time"}


def fold(line: str) -> str:
    """Given one content line, returns it folded at 75 octets with CRLF + space continuations."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line + "\r\n"
    parts: list[str] = []
    limit = 75
    while raw:
        cut = min(limit, len(raw))
        while cut < len(raw) and (raw[cut] & 0xC0) == 0x80:
            cut -= 1  # never split a UTF-8 sequence
        parts.append(raw[:cut].decode("utf-8"))
        raw = raw[cut:]
        limit = 74
    return "\r\n ".join(parts) + "\r\n"


def esc(text: str) -> str:
    """Given free text, returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vtimezone(tzid: str) -> str:
    """Given a TZID (IANA or Windows name), returns a VTIMEZONE block with EU daylight rules."""
    rules = _GMT_RULES if tzid in _LONDONISH else _CET_RULES
    return f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\n{rules}END:VTIMEZONE\r\n"


@dataclass
class Who:
    """An ORGANIZER or ATTENDEE: kind is req, opt, chair, room, res or org."""

    cn: str | None
    email: str
    kind: str = "req"
    partstat: str = "NEEDS-ACTION"
    extra: str = ""

    def line(self, prop: str) -> str:
        params = ""
        if self.kind == "room":
            params += ";CUTYPE=ROOM;ROLE=NON-PARTICIPANT"
        elif self.kind == "res":
            params += ";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT"
        elif self.kind == "opt":
            params += ";CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT"
        elif self.kind == "chair":
            params += ";ROLE=CHAIR"
        elif prop == "ATTENDEE":
            params += ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT"
        if prop == "ATTENDEE":
            params += f";PARTSTAT={self.partstat}"
            if self.kind not in ("room", "res"):
                params += ";RSVP=TRUE"
        if self.cn is not None:
            cn = f'"{self.cn}"' if any(c in self.cn for c in ",;:") else self.cn
            params = f";CN={cn}" + params
        return fold(f"{prop}{params}{self.extra}:mailto:{self.email}")


@dataclass
class Ev:
    """One VEVENT; when is 'tz' (TZID), 'utc', 'float' or 'date'."""

    uid: str
    summary: str
    start: str
    end: str
    when: str = "tz"
    tzid: str = "Europe/Paris"
    organizer: Who | None = None
    attendees: list[Who] = field(default_factory=list)
    desc: str | None = None
    location: str | None = None
    status: str | None = None
    rrule: str | None = None
    rid: str | None = None
    seq: int = 0
    extra: list[str] = field(default_factory=list)

    def _dt(self, prop: str, value: str) -> str:
        if self.when == "date":
            return f"{prop};VALUE=DATE:{value}\r\n"
        if self.when == "utc":
            return f"{prop}:{value}Z\r\n"
        if self.when == "float":
            return f"{prop}:{value}\r\n"
        return f"{prop};TZID={self.tzid}:{value}\r\n"

    def text(self) -> str:
        out = "BEGIN:VEVENT\r\n"
        out += fold(f"UID:{self.uid}")
        out += f"DTSTAMP:{STAMP}\r\n"
        if self.rid is not None:
            out += self._dt("RECURRENCE-ID", self.rid)
        out += self._dt("DTSTART", self.start)
        out += self._dt("DTEND", self.end)
        if self.rrule:
            out += f"RRULE:{self.rrule}\r\n"
        out += fold("SUMMARY:" + esc(self.summary))
        if self.organizer is not None:
            out += self.organizer.line("ORGANIZER")
        for who in self.attendees:
            out += who.line("ATTENDEE")
        if self.desc is not None:
            out += fold("DESCRIPTION:" + esc(self.desc))
        if self.location is not None:
            out += fold("LOCATION:" + esc(self.location))
        if self.status is not None:
            out += f"STATUS:{self.status}\r\n"
        out += f"SEQUENCE:{self.seq}\r\n"
        for line in self.extra:
            out += fold(line)
        return out + "END:VEVENT\r\n"


def cal(prodid: str, events: list[Ev], *, method: str | None = "REQUEST", wr_tz: str | None = None,
        with_vtz: bool = True, head: list[str] | None = None) -> str:
    """Given a PRODID and events, returns a whole VCALENDAR text (VTIMEZONE blocks for the TZIDs used)."""
    out = "BEGIN:VCALENDAR\r\n" + fold(f"PRODID:{prodid}") + "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
    if method:
        out += f"METHOD:{method}\r\n"
    if wr_tz:
        out += f"X-WR-TIMEZONE:{wr_tz}\r\n"
    for line in head or []:
        out += fold(line)
    if with_vtz:
        seen: list[str] = []
        for ev in events:
            if ev.when == "tz" and ev.tzid not in seen:
                seen.append(ev.tzid)
        out += "".join(vtimezone(t) for t in seen)
    out += "".join(ev.text() for ev in events)
    return out + "END:VCALENDAR\r\n"


# Producer boilerplate (wording invented for this corpus).
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
OUTLOOK16 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
APPLE = "-//Apple Inc.//macOS 14.6//EN"
IOS = "-//Apple Inc.//iOS 17.5//EN"
ZIMBRA = "Zimbra-Calendar-Provider"


def teams(lang: str = "en", mid: str = "381 204 557 912") -> str:
    """Given a language, returns a Microsoft Teams join footer in it."""
    head = {"en": "Microsoft Teams meeting\nJoin on your computer, mobile app or room device",
            "fr": "Réunion Microsoft Teams\nParticipez à partir de votre ordinateur, de l'application mobile ou d'un "
                  "appareil de salle",
            "de": "Microsoft Teams-Besprechung\nNehmen Sie am Computer, über die mobile App oder ein Raumgerät teil",
            "es": "Reunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala"}[lang]
    return (f"\n________________________________________________________________________________\n{head}\n"
            f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid.replace(' ', '')}%40thread.v2/0\n"
            f"Meeting ID: {mid}\nPasscode: q7Xr2P\n"
            "________________________________________________________________________________")


def zoom(mid: str = "871 3302 9941", lang: str = "en") -> str:
    """Given a meeting id, returns a Zoom invitation block."""
    join = {"en": "Join Zoom Meeting", "fr": "Participer à la réunion Zoom", "de": "Zoom-Meeting beitreten",
            "es": "Unirse a la reunión Zoom"}[lang]
    return (f"{join}\nhttps://us06web.zoom.us/j/{mid.replace(' ', '')}?pwd=Rk9tNzFh\n\nMeeting ID: {mid}\n"
            "Passcode: 482913\n\nOne tap mobile\n+33170379729,,{0}# France".replace("{0}", mid.replace(" ", "")))


def meet(code: str = "hqv-rmzk-tdw", lang: str = "en") -> str:
    """Given a Meet code, returns the Google Meet block Google Calendar appends."""
    label = {"en": "Join with Google Meet", "fr": "Participer avec Google Meet", "de": "Mit Google Meet teilnehmen",
             "es": "Unirse con Google Meet"}[lang]
    return (f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"{label}: https://meet.google.com/{code}\n\nLearn more about Meet at: "
            "https://support.google.com/a/users/answer/9282720\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def webex(num: str = "2741 903 5512") -> str:
    """Given a meeting number, returns a Webex join block."""
    return (f"Join Webex meeting\nhttps://meetings-eu1.webex.com/meet/j.php?MTID=m8e1{num.replace(' ', '')}\n"
            f"Meeting number (access code): {num}\nMeeting password: Vw3pQ8")


@dataclass
class Item:
    """One corpus file: its kind, language, label fields and iCalendar text."""

    kind: str
    lang: str
    is_interview: bool
    company: str
    role: str
    stage: str
    interviewers: list[str]
    trap: str
    text: str


def yes(kind: str, lang: str, company: str, role: str, stage: str, ivs: list[str], text: str,
        trap: str = "") -> Item:
    """Given the label of one of the user's interviews and its text, returns an Item."""
    return Item(kind, lang, True, company, role, stage, ivs, trap, text)


def no(kind: str, lang: str, trap: str, text: str) -> Item:
    """Given the trap kind of a negative and its text, returns an Item."""
    return Item(kind, lang, False, "", "", "", [], trap, text)


def me(kind: str = "req", work: bool = False) -> Who:
    """Given an attendee kind, returns Sophie as an attendee (private address unless work)."""
    return Who("Sophie Martin", ME_WORK if work else ME_PRIVATE, kind)
