"""Raw iCalendar helpers for the holdout106 event split (blind author, CC0 1.0).

Every event is composed here as text, line by line; nothing is produced by an iCalendar library.
"""

from __future__ import annotations

from dataclasses import dataclass

USER_FREE = "urs.brunner.bern@bluewin.ch"
USER_WORK = "urs.brunner@bls-bahnbetrieb-bern.ch"

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iOS 17.4//EN"
MACOS = "-//Apple Inc.//macOS 14.3//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


@dataclass
class Ev:
    kind: str
    ics: str
    uid: str
    iv: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
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


def tzblock(tzid: str, std: str = "CET", dst: str = "CEST", windows: bool = False, lic: bool = True) -> str:
    start_d = "16010325T020000" if windows else "19700329T020000"
    start_s = "16011028T030000" if windows else "19701025T030000"
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if lic and not windows:
        lines.append(f"X-LIC-LOCATION:{tzid}")
    lines += [
        "BEGIN:STANDARD", f"DTSTART:{start_s}", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    ]
    if not windows:
        lines.append(f"TZNAME:{std}")
    lines += [
        "END:STANDARD", "BEGIN:DAYLIGHT", f"DTSTART:{start_d}", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    ]
    if not windows:
        lines.append(f"TZNAME:{dst}")
    lines += ["END:DAYLIGHT", "END:VTIMEZONE"]
    return "\r\n".join(lines)


ZRH = tzblock("Europe/Zurich")
BER = tzblock("Europe/Berlin")
PAR = tzblock("Europe/Paris")
MAD = tzblock("Europe/Madrid")
WEU = tzblock("W. Europe Standard Time", windows=True)
ROM = tzblock("Romance Standard Time", windows=True)
UTC1 = tzblock("(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien", windows=True)
UTC1FR = tzblock("(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne", windows=True)


def org(email: str, cn: str | None = None, sent_by: str | None = None) -> str:
    params = ""
    if cn:
        params += f';CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f";CN={cn}"
    if sent_by:
        params += f';SENT-BY="mailto:{sent_by}"'
    return f"ORGANIZER{params}:mailto:{email}"


def att(email: str, cn: str | None = None, *, role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str = "INDIVIDUAL", rsvp: bool = True) -> str:
    params = f";CUTYPE={cutype};ROLE={role};PARTSTAT={ps}"
    if rsvp:
        params += ";RSVP=TRUE"
    if cn:
        params += f';CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f";CN={cn}"
    return f"ATTENDEE{params}:mailto:{email}"


def room(email: str, cn: str) -> str:
    return att(email, cn, role="NON-PARTICIPANT", cutype="ROOM", rsvp=False)


def dt(name: str, value: str, tz: str | None = None) -> str:
    if tz:
        return f'{name};TZID="{tz}":{value}' if any(c in tz for c in ",:;") else f"{name};TZID={tz}:{value}"
    if len(value) == 8:
        return f"{name};VALUE=DATE:{value}"
    return f"{name}:{value}"


def prop(name: str, text: str) -> str:
    return f"{name}:{esc(text)}"


def vevent(uid: str, props: list[str], stamp: str = "20250301T080000Z") -> str:
    lines = ["BEGIN:VEVENT", f"DTSTAMP:{stamp}", f"UID:{uid}", *props, "END:VEVENT"]
    return "\r\n".join(fold(x) for x in lines)


def cal(vevents: list[str], prodid: str, *, method: str | None = "REQUEST", tzs: tuple[str, ...] = (),
        head: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += [fold(h) for h in head]
    lines += list(tzs)
    lines += vevents
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def one(kind: str, uid: str, props: list[str], prodid: str, *, iv: int, company: str = "", role: str = "",
        stage: str = "", who: str = "", trap: str = "", method: str | None = "REQUEST",
        tzs: tuple[str, ...] = (), head: tuple[str, ...] = (), stamp: str = "20250301T080000Z",
        more: tuple[list[str], ...] = ()) -> Ev:
    vevs = [vevent(uid, props, stamp)] + [vevent(uid, p, stamp) for p in more]
    text = cal(vevs, prodid, method=method, tzs=tzs, head=head)
    return Ev(kind, text, uid, iv, company, role, stage, who, trap or kind)
