"""Raw iCalendar helpers for the holdout126 event split (Karim Benhaddou, technicien CVC, Marseille).

Every event is composed as raw content lines by the holdout126ev_* modules; this module only escapes text,
folds long lines at 75 octets, adds the VCALENDAR envelope and the time-zone blocks the tools really emit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ME_FREE = "karim.benhaddou13@laposte.net"
ME_WORK = "k.benhaddou@provence-multiservices.fr"
ME_NAME = "Karim Benhaddou"

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iOS 17.4//EN"
MACOS = "-//Apple Inc.//macOS 14.3//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"

PARIS_TZ = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Paris",
    "X-LIC-LOCATION:Europe/Paris",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def _win(tzid: str) -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


ROMANCE = "Romance Standard Time"
UTC01 = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
WEUROPE = "W. Europe Standard Time"
UTC01A = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"

TZ_BLOCKS = {
    "paris": PARIS_TZ,
    "monaco": [x.replace("Europe/Paris", "Europe/Monaco") for x in PARIS_TZ],
    "romance": _win(ROMANCE),
    "utc01": _win(UTC01),
    "weurope": _win(WEUROPE),
    "utc01a": _win(UTC01A),
    "none": [],
}


def esc(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur = " "
            size = 1
            limit = 75
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def q(cn: str) -> str:
    """A CN parameter value, quoted when it needs it."""
    return f'"{cn}"' if any(c in cn for c in ",;: ") else cn


def gatt(mail: str, cn: str | None = None, *, part: str = "NEEDS-ACTION", role: str = "REQ-PARTICIPANT",
         cutype: str = "INDIVIDUAL") -> str:
    """A Google Calendar style ATTENDEE line."""
    return (f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={part};RSVP=TRUE;CN={q(cn or mail)};"
            f"X-NUM-GUESTS=0:mailto:{mail}")


def oatt(mail: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", part: str = "NEEDS-ACTION",
         cutype: str | None = None) -> str:
    """An Outlook/Exchange style ATTENDEE line (CN always quoted)."""
    cu = f";CUTYPE={cutype}" if cutype else ""
    return f'ATTENDEE;ROLE={role};PARTSTAT={part};RSVP=TRUE{cu};CN="{cn or mail}":mailto:{mail}'


def att(mail: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", part: str = "NEEDS-ACTION") -> str:
    """A plain ATTENDEE line as ATS and schedulers write it."""
    c = f";CN={q(cn)}" if cn else ""
    return f"ATTENDEE{c};ROLE={role};PARTSTAT={part};RSVP=TRUE:mailto:{mail}"


def org(mail: str, cn: str | None = None, sent_by: str | None = None) -> str:
    c = f";CN={q(cn)}" if cn else ""
    s = f';SENT-BY="mailto:{sent_by}"' if sent_by else ""
    return f"ORGANIZER{c}{s}:mailto:{mail}"


@dataclass
class Ev:
    """One generated file with its label."""

    kind: str
    uid: str
    trap: str
    lines: list[str]
    prodid: str = GOOGLE
    method: str | None = "REQUEST"
    tz: str = "paris"
    cal_extra: list[str] = field(default_factory=list)
    more: list[list[str]] = field(default_factory=list)
    yes: bool = False
    company: str = ""
    role: str = ""
    stage: str = ""
    who: str = ""
    stamp: str = "20260105T091500Z"

    def text(self) -> str:
        out = ["BEGIN:VCALENDAR", f"PRODID:{self.prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
        if self.method:
            out.append(f"METHOD:{self.method}")
        out += self.cal_extra
        out += TZ_BLOCKS[self.tz]
        for body in [self.lines, *self.more]:
            out.append("BEGIN:VEVENT")
            if not any(x.startswith("UID:") for x in body):
                out.append(f"UID:{self.uid}")
            if not any(x.startswith("DTSTAMP") for x in body):
                out.append(f"DTSTAMP:{self.stamp}")
            out += body
            out.append("END:VEVENT")
        out.append("END:VCALENDAR")
        return "\r\n".join(fold(x) for x in out) + "\r\n"

    def row(self, fname: str, split: str) -> list[str]:
        return [fname, self.uid, "1" if self.yes else "0", self.company, self.role, self.stage, self.who, split,
                self.trap]


def simple(kind: str, uid: str, trap: str, summary: str, start: str, end: str, *, desc: str | None = None,
           loc: str | None = None, organizer: str | None = None, attendees: tuple[str, ...] = (),
           extra: tuple[str, ...] = (), tzid: str | None = "Europe/Paris", **kw: object) -> Ev:
    """A negative built from the common parts. `start`/`end` are DATE-TIME values (or DATE when 8 chars)."""
    lines: list[str] = []
    for name, val in (("DTSTART", start), ("DTEND", end)):
        if len(val) == 8:
            lines.append(f"{name};VALUE=DATE:{val}")
        elif val.endswith("Z") or tzid is None:
            lines.append(f"{name}:{val}")
        elif tzid.startswith("Europe/"):
            lines.append(f"{name};TZID={tzid}:{val}")
        else:
            lines.append(f'{name};TZID="{tzid}":{val}')
    lines.append("SUMMARY:" + esc(summary))
    if desc:
        lines.append("DESCRIPTION:" + esc(desc))
    if loc:
        lines.append("LOCATION:" + esc(loc))
    if organizer:
        lines.append(organizer)
    lines += attendees
    lines += extra
    return Ev(kind, uid, trap, lines, **kw)  # type: ignore[arg-type]
