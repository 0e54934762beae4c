"""iCalendar text helpers for the holdout31 event corpus (blind; written without reading the classifier)."""

from __future__ import annotations

from dataclasses import dataclass, field

ME = "olivia.bennett@btinternet.com"
WORK = "o.bennett@oakfield-primary.org.uk"
STAMP = "20261120T091500Z"


@dataclass
class Label:
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: tuple[str, ...] = ()
    trap: str = ""


@dataclass
class Ev:
    kind: str
    lang: str
    uid: str
    text: str
    label: Label
    extra: list[str] = field(default_factory=list)


EVENTS: list[Ev] = []


def esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return [line]
    out: list[str] = []
    cur = b""
    limit = 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur = b""
            limit = 74
        cur += b
    out.append(cur.decode("utf-8"))
    return [out[0]] + [" " + x for x in out[1:]]


def q(v: str) -> str:
    return f'"{v}"' if any(c in v for c in ",;:") else v


def att(email: str, cn: str = "", role: str = "REQ-PARTICIPANT", ps: str = "NEEDS-ACTION",
        cutype: str = "", rsvp: bool | None = True, style: str = "") -> str:
    parts = ["ATTENDEE"]
    if cutype:
        parts.append(f"CUTYPE={cutype}")
    if style == "google":
        parts = ["ATTENDEE", f"CUTYPE={cutype or 'INDIVIDUAL'}", f"ROLE={role}", f"PARTSTAT={ps}"]
        if rsvp is not None:
            parts.append(f"RSVP={'TRUE' if rsvp else 'FALSE'}")
        parts.append(f"CN={q(cn or email)}")
        parts.append("X-NUM-GUESTS=0")
        return ";".join(parts) + f":mailto:{email}"
    parts.append(f"ROLE={role}")
    parts.append(f"PARTSTAT={ps}")
    if rsvp is not None:
        parts.append(f"RSVP={'TRUE' if rsvp else 'FALSE'}")
    if cn:
        parts.append(f"CN={q(cn)}")
    return ";".join(parts) + f":mailto:{email}"


def org(email: str, cn: str = "", sent_by: str = "") -> str:
    p = "ORGANIZER"
    if cn:
        p += f";CN={q(cn)}"
    if sent_by:
        p += f';SENT-BY="mailto:{sent_by}"'
    return p + f":mailto:{email}"


def dt(name: str, val: str, tz: str = "") -> str:
    """val: 20261124T100000 (local/floating), 20261124T100000Z (UTC) or 20261124 (date)."""
    if len(val) == 8:
        return f"{name};VALUE=DATE:{val}"
    if tz:
        return f"{name};TZID={q(tz)}:{val}"
    return f"{name}:{val}"


_EU = {
    "Europe/London": ("+0000", "+0100", "GMT", "BST"),
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Amsterdam": ("+0100", "+0200", "CET", "CEST"),
    "GMT Standard Time": ("+0000", "+0100", "", ""),
    "W. Europe Standard Time": ("+0100", "+0200", "", ""),
    "Romance Standard Time": ("+0100", "+0200", "", ""),
}


def vtz(name: str, windows: bool = False) -> list[str]:
    std, dst, sn, dn = _EU[name]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{name}"]
    if not windows and sn:
        lines.append(f"X-LIC-LOCATION:{name}")
    lines += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}"]
    if sn and not windows:
        lines.append(f"TZNAME:{dn}")
    lines += ["DTSTART:19700329T010000" if not windows else "DTSTART:16010101T010000",
              "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
              "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}"]
    if sn and not windows:
        lines.append(f"TZNAME:{sn}")
    lines += ["DTSTART:19701025T020000" if not windows else "DTSTART:16010101T020000",
              "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"]
    return lines


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 14.6//EN"
IOS = "-//Apple Inc.//iOS 17.5//EN"


def cal(prodid: str, events: list[list[str]], method: str = "REQUEST", tzs: tuple[str, ...] = (),
        windows: bool = False, head: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    for t in tzs:
        lines += vtz(t, windows)
    for body in events:
        lines.append("BEGIN:VEVENT")
        lines += body
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    out: list[str] = []
    for ln in lines:
        out += fold(ln)
    return "\r\n".join(out) + "\r\n"


def add(kind: str, lang: str, uid: str, text: str, label: Label) -> None:
    EVENTS.append(Ev(kind, lang, uid, text, label))


def pos(company: str, role: str, stage: str, interviewers: tuple[str, ...] = (), trap: str = "") -> Label:
    return Label(1, company, role, stage, interviewers, trap)


def neg(trap: str = "") -> Label:
    return Label(0, trap=trap)


UAI = "user_as_interviewer"


def meet(code: str) -> str:
    return (f"Join with Google Meet: https://meet.google.com/{code}\n\nJoin by phone\n(GB) +44 20 3956 0291 PIN: "
            f"418 552 907#\n\nMore phone numbers: https://tel.meet/{code}?pin=4185529071\n\n"
            "Learn more about Meet at: https://support.google.com/a/users/answer/9282720")


def teams(mid: str, lang: str = "en") -> str:
    line = "_" * 64
    heads = {"en": "Microsoft Teams meeting\nJoin on your computer, mobile app or room device",
             "de": "Microsoft Teams-Besprechung\nAuf dem Computer, in der mobilen App oder im Raumgerät teilnehmen",
             "fr": "Réunion Microsoft Teams\nParticipez à partir de votre ordinateur, de l'application mobile ou "
                   "d'un appareil de salle",
             "es": "Reunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala"}
    return (f"{line}\n{heads[lang]}\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/"
            f"19%3ameeting_{mid}%40thread.v2/0>\nMeeting ID: 362 118 {mid[:3]} 904\nPasscode: Xq7{mid[:3]}"
            f"\n{line}")


def zoom(mid: str, pwd: str) -> str:
    return (f"Join Zoom Meeting\nhttps://us02web.zoom.us/j/{mid}?pwd={pwd}\n\nMeeting ID: {mid[:3]} {mid[3:7]} "
            f"{mid[7:]}\nPasscode: {pwd[:6]}\n\n---\n\nOne tap mobile\n+442034815240,,{mid}# United Kingdom\n"
            f"+442039010112,,{mid}# United Kingdom")
