"""iCalendar text helpers for the train19 event corpus (Laura Bianchi, Zurich).

Shared plumbing only: escaping, folding, time-zone blocks, call boilerplate and a
renderer. Every event's wording lives in the train19ev_pos_*/train19ev_neg_* modules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ME_PRIVATE = "laura.bianchi@bluewin.ch"
ME_WORK = "l.bianchi@atelier-seefeld.ch"
STAMP = "20261120T081500Z"

VTZ: dict[str, str] = {
    "W. Europe Standard Time": (
        "BEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T030000\n"
        "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\n"
        "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE"
    ),
    "Romance Standard Time": (
        "BEGIN:VTIMEZONE\nTZID:Romance Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T030000\n"
        "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\n"
        "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE"
    ),
    "GMT Standard Time": (
        "BEGIN:VTIMEZONE\nTZID:GMT Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\n"
        "TZOFFSETFROM:+0100\nTZOFFSETTO:+0000\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\n"
        "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T010000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE"
    ),
    "Europe/Zurich": (
        "BEGIN:VTIMEZONE\nTZID:Europe/Zurich\nX-LIC-LOCATION:Europe/Zurich\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\n"
        "TZOFFSETTO:+0200\nTZNAME:CEST\nDTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
        "END:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\n"
        "DTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE"
    ),
    "Europe/Berlin": (
        "BEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
        "TZNAME:CEST\nDTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\n"
        "BEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nDTSTART:19701025T030000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE"
    ),
    "Europe/Madrid": (
        "BEGIN:VTIMEZONE\nTZID:Europe/Madrid\nBEGIN:STANDARD\nDTSTART:19701025T030000\nTZOFFSETFROM:+0200\n"
        "TZOFFSETTO:+0100\nTZNAME:CET\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19700329T020000\n"
        "TZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nEND:DAYLIGHT\nEND:VTIMEZONE"
    ),
    "Europe/London": (
        "BEGIN:VTIMEZONE\nTZID:Europe/London\nBEGIN:STANDARD\nDTSTART:19701025T020000\nTZOFFSETFROM:+0100\n"
        "TZOFFSETTO:+0000\nTZNAME:GMT\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19700329T010000\n"
        "TZOFFSETFROM:+0000\nTZOFFSETTO:+0100\nTZNAME:BST\nEND:DAYLIGHT\nEND:VTIMEZONE"
    ),
}

TEAMS_DE = (
    "________________________________________________________________________________\n"
    "Microsoft Teams-Besprechung\nÜber Computer, mobile App oder Raumgerät teilnehmen\n"
    "Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{k}>\n"
    "Besprechungs-ID: 371 552 {n}\nPasscode: {p}\nTeams herunterladen | Im Web beitreten\n"
    "Weitere Informationen | Besprechungsoptionen\n"
    "________________________________________________________________________________"
)
TEAMS_EN = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{k}>\n"
    "Meeting ID: 284 903 {n}\nPasscode: {p}\nDownload Teams | Join on the web\nLearn More | Meeting options\n"
    "________________________________________________________________________________"
)
TEAMS_FR = (
    "________________________________________________________________________________\n"
    "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
    "Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{k}>\n"
    "ID de la réunion : 366 120 {n}\nCode secret : {p}\nTélécharger Teams | Rejoindre sur le web\n"
    "________________________________________________________________________________"
)
ZOOM_EN = (
    "Join Zoom Meeting\nhttps://us02web.zoom.us/j/8{n}?pwd={k}\n\nMeeting ID: 8{n}\nPasscode: {p}\n\n"
    "One tap mobile\n+41315280988,,8{n}# Switzerland\n+41432107108,,8{n}# Switzerland"
)
ZOOM_DE = (
    "Zoom-Meeting beitreten\nhttps://zoom.us/j/9{n}?pwd={k}\n\nMeeting-ID: 9{n}\nKenncode: {p}\n\n"
    "Schnelleinwahl mobil\n+41434569111,,9{n}# Schweiz"
)
MEET_EN = (
    "Join with Google Meet: https://meet.google.com/{k}\nOr dial: (CH) +41 43 508 {n} PIN: {p}#\n"
    "More phone numbers: https://tel.meet/{k}?pin={p}"
)
MEET_DE = (
    "Mit Google Meet teilnehmen: https://meet.google.com/{k}\nEinwahl: (CH) +41 44 525 {n} PIN: {p}#\n"
    "Weitere Telefonnummern: https://tel.meet/{k}?pin={p}"
)
MEET_FR = (
    "Participer avec Google Meet : https://meet.google.com/{k}\nOu appeler le : (CH) +41 22 595 {n} "
    "Code : {p}#\nAutres numéros : https://tel.meet/{k}?pin={p}"
)
MEET_ES = "Unirse con Google Meet: https://meet.google.com/{k}\nUnirse por teléfono: (ES) +34 910 48 {n} PIN: {p}#"
WEBEX_EN = (
    "Join Webex meeting\nhttps://{host}.webex.com/{host}/j.php?MTID=m{k}\nMeeting number (access code): "
    "2740 {n}\nMeeting password: {p}\n\nJoin by phone\n+41-44-511-0017 Switzerland Toll"
)

BOILER: dict[str, str] = {
    "teams_de": TEAMS_DE, "teams_en": TEAMS_EN, "teams_fr": TEAMS_FR, "zoom_en": ZOOM_EN, "zoom_de": ZOOM_DE,
    "meet_en": MEET_EN, "meet_de": MEET_DE, "meet_fr": MEET_FR, "meet_es": MEET_ES, "webex_en": WEBEX_EN,
}


def boiler(kind: str, n: str, k: str, p: str, host: str = "meet") -> str:
    """Call footer of one of the known shapes, already escaped for iCalendar."""
    return BOILER[kind].replace("{n}", n).replace("{k}", k).replace("{p}", p).replace("{host}", host)


def esc(text: str) -> str:
    """Escape a TEXT value (newlines, commas, semicolons, backslashes)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
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
    return out


@dataclass
class Person:
    email: str
    cn: str = ""
    role: str = "REQ-PARTICIPANT"
    partstat: str = "NEEDS-ACTION"
    cutype: str = ""
    rsvp: bool = True
    quote: bool = False
    sent_by: str = ""

    def params(self) -> str:
        parts: list[str] = []
        if self.cutype:
            parts.append(f"CUTYPE={self.cutype}")
        if self.role:
            parts.append(f"ROLE={self.role}")
        if self.partstat:
            parts.append(f"PARTSTAT={self.partstat}")
        if self.rsvp:
            parts.append("RSVP=TRUE")
        if self.cn:
            parts.append(f'CN="{self.cn}"' if self.quote or "," in self.cn or ":" in self.cn else f"CN={self.cn}")
        if self.sent_by:
            parts.append(f'SENT-BY="mailto:{self.sent_by}"')
        return ";".join(parts)


def room(email: str, cn: str) -> Person:
    return Person(email, cn, role="NON-PARTICIPANT", partstat="ACCEPTED", cutype="ROOM", rsvp=False)


def resource(email: str, cn: str) -> Person:
    return Person(email, cn, role="NON-PARTICIPANT", partstat="ACCEPTED", cutype="RESOURCE", rsvp=False)


@dataclass
class Ev:
    uid: str
    summary: str
    start: str
    end: str = ""
    tz: str = ""
    description: str = ""
    raw_description: str = ""
    location: str = ""
    organizer: Person | None = None
    attendees: list[Person] = field(default_factory=list)
    status: str = ""
    rrule: str = ""
    recurrence_id: str = ""
    sequence: int = 0
    extra: list[str] = field(default_factory=list)
    transp: str = "OPAQUE"
    alarm: str = ""

    def _dt(self, name: str, value: str) -> str:
        if len(value) == 8:
            return f"{name};VALUE=DATE:{value}"
        if value.endswith("Z") or not self.tz:
            return f"{name}:{value}"
        return f'{name};TZID="{self.tz}":{value}' if " " in self.tz and self.tz.startswith("(") else \
            f"{name};TZID={self.tz}:{value}"

    def lines(self) -> list[str]:
        out = ["BEGIN:VEVENT"]
        if self.organizer is not None:
            o = self.organizer
            prm = f";CN={o.cn}" if o.cn and "," not in o.cn else (f';CN="{o.cn}"' if o.cn else "")
            if o.sent_by:
                prm += f';SENT-BY="mailto:{o.sent_by}"'
            out.append(f"ORGANIZER{prm}:mailto:{o.email}")
        for a in self.attendees:
            prm = a.params()
            out.append(f"ATTENDEE;{prm}:mailto:{a.email}" if prm else f"ATTENDEE:mailto:{a.email}")
        desc = self.raw_description if self.raw_description else esc(self.description)
        if desc:
            out.append(f"DESCRIPTION:{desc}")
        out.append(f"UID:{self.uid}")
        if self.recurrence_id:
            out.append(self._dt("RECURRENCE-ID", self.recurrence_id))
        out.append(f"SUMMARY:{esc(self.summary)}")
        out.append(self._dt("DTSTART", self.start))
        if self.end:
            out.append(self._dt("DTEND", self.end))
        if self.rrule:
            out.append(f"RRULE:{self.rrule}")
        out.append(f"DTSTAMP:{STAMP}")
        out.append(f"SEQUENCE:{self.sequence}")
        if self.location:
            out.append(f"LOCATION:{esc(self.location)}")
        if self.status:
            out.append(f"STATUS:{self.status}")
        out.append(f"TRANSP:{self.transp}")
        out.extend(self.extra)
        if self.alarm:
            out += ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{esc(self.alarm)}", "TRIGGER:-PT15M",
                    "END:VALARM"]
        out.append("END:VEVENT")
        return out


def cal(prodid: str, events: list[Ev], method: str = "", xwr: str = "", calname: str = "",
        tzs: tuple[str, ...] = ()) -> str:
    """A whole VCALENDAR as CRLF text, each content line folded."""
    head = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        head.append(f"METHOD:{method}")
    if calname:
        head.append(f"X-WR-CALNAME:{esc(calname)}")
    if xwr:
        head.append(f"X-WR-TIMEZONE:{xwr}")
    body: list[str] = []
    names = list(tzs) or sorted({e.tz for e in events if e.tz and e.tz in VTZ})
    for name in names:
        body.extend(VTZ[name].split("\n"))
    for e in events:
        body.extend(e.lines())
    lines = head + body + ["END:VCALENDAR"]
    folded: list[str] = []
    for ln in lines:
        folded.extend(fold(ln))
    return "\r\n".join(folded) + "\r\n"


# Producer identifiers as the tools write them.
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//macOS 14.6.1//EN"
IOS = "-//Apple Inc.//iPhone OS 17.5//EN"
ABACUS = "-//Abacus Research AG//AbaRecruiting 2026//DE"
PERSONIO = "-//Personio GmbH//Personio Recruiting//EN"
WORKDAY = "-//Workday//Recruiting Calendar//EN"
GREENHOUSE = "-//Greenhouse Software//Greenhouse Recruiting//EN"
TEAMTAILOR = "-//Teamtailor//Teamtailor Calendar//EN"
CALENDLY = "-//Calendly//Calendly Scheduling//EN"
ZOOMP = "-//zoom.us//iCalendar Event//EN"
WEBEXP = "-//Cisco//Webex Meetings//EN"


@dataclass
class Item:
    """One corpus file with its label row."""

    kind: str
    lang: str
    uid: str
    text: str
    is_interview: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: tuple[str, ...] = ()
    trap: str = ""


def pos(kind: str, lang: str, uid: str, text: str, company: str, role: str, stage: str,
        interviewers: tuple[str, ...], trap: str = "") -> Item:
    return Item(kind, lang, uid, text, True, company, role, stage, interviewers, trap or kind)


def neg(kind: str, lang: str, uid: str, text: str, trap: str = "") -> Item:
    return Item(kind, lang, uid, text, False, trap=trap or kind)


def hire(kind: str, lang: str, uid: str, text: str) -> Item:
    """The user on the hiring side at Atelier Seefeld."""
    return Item(kind, lang, uid, text, False, trap="user_as_interviewer")
