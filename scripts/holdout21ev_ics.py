"""Raw iCalendar text helpers for the blind holdout21 event corpus (written by hand, no parser involved)."""

from __future__ import annotations

from dataclasses import dataclass, field

ME = "mateo.garcia.r@gmail.com"
ME_WORK = "m.garcia@logisur-iberia.es"
STAMP = "20261120T090000Z"

_TZ = {
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Amsterdam": ("+0100", "+0200", "CET", "CEST"),
    "Romance Standard Time": ("+0100", "+0200", "", ""),
    "W. Europe Standard Time": ("+0100", "+0200", "", ""),
}


@dataclass
class Item:
    """One corpus file: its kind, language, text and label fields."""

    kind: str
    lang: str
    text: str
    uid: str
    positive: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: list[str] = field(default_factory=list)
    trap: str = ""


def esc(text: str) -> str:
    """Given plain text returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Given one content line returns it folded at 75 octets with CRLF + space continuations."""
    out: list[str] = []
    cur = b""
    for ch in line:
        b = ch.encode("utf-8")
        limit = 75 if not out else 74
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur = b""
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def vtimezone(tzid: str) -> str:
    """Given a zone id returns a VTIMEZONE block with EU daylight-saving rules as Outlook/Google write it."""
    std, dst, sname, dname = _TZ[tzid]
    names_std = f"TZNAME:{sname}\r\n" if sname else ""
    names_dst = f"TZNAME:{dname}\r\n" if dname else ""
    return (
        f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\n"
        f"BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:{dst}\r\nTZOFFSETTO:{std}\r\n{names_std}"
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
        f"BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:{std}\r\nTZOFFSETTO:{dst}\r\n{names_dst}"
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    )


def who(email: str, cn: str = "", *, role: str = "REQ-PARTICIPANT", cutype: str = "", partstat: str = "NEEDS-ACTION",
        prop: str = "ATTENDEE", rsvp: bool = True) -> str:
    """Given an address and display name returns an ATTENDEE (or ORGANIZER) property line."""
    params = ""
    if cutype:
        params += f";CUTYPE={cutype}"
    if prop == "ATTENDEE":
        params += f";ROLE={role};PARTSTAT={partstat}"
        if rsvp:
            params += ";RSVP=TRUE"
    if cn:
        params += f';CN="{cn}"' if ("," in cn or ":" in cn or ";" in cn) else f";CN={cn}"
    return f"{prop}{params}:mailto:{email}"


def org(email: str, cn: str = "") -> str:
    """Given an address and name returns an ORGANIZER line."""
    return who(email, cn, prop="ORGANIZER")


def when(prop: str, value: str, tzid: str = "") -> str:
    """Given DTSTART/DTEND and a value (YYYYMMDD, local, or ...Z) returns the property line."""
    if len(value) == 8:
        return f"{prop};VALUE=DATE:{value}"
    if tzid:
        return f'{prop};TZID="{tzid}":{value}' if " " in tzid else f"{prop};TZID={tzid}:{value}"
    return f"{prop}:{value}"


def vevent(uid: str, summary: str, start: str, end: str, *, tzid: str = "", desc: str = "", loc: str = "",
           people: list[str] | None = None, extra: list[str] | None = None, status: str = "CONFIRMED",
           seq: int = 0) -> str:
    """Given the event's fields returns one VEVENT block (lines folded, text escaped)."""
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{STAMP}", when("DTSTART", start, tzid), when("DTEND", end, tzid),
             f"SUMMARY:{esc(summary)}"]
    if desc:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if loc:
        lines.append(f"LOCATION:{esc(loc)}")
    lines += people or []
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}"]
    lines += extra or []
    lines.append("END:VEVENT")
    return "".join(fold(x) + "\r\n" for x in lines)


def vcal(prodid: str, body: str, *, method: str = "REQUEST", tzids: tuple[str, ...] = (), head: str = "") -> str:
    """Given a PRODID, VEVENT text and zones returns a whole VCALENDAR object."""
    meth = f"METHOD:{method}\r\n" if method else ""
    zones = "".join(vtimezone(t) for t in tzids)
    top = f"BEGIN:VCALENDAR\r\nPRODID:{prodid}\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
    return f"{top}{meth}{head}{zones}{body}END:VCALENDAR\r\n"


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 14.6//EN"
CALENDLY = "-//Calendly//EN"
CALCOM = "-//Cal.com Inc.//Cal.com Event//EN"
WORKDAY = "-//Workday Inc//Workday Recruiting//EN"
SMARTR = "-//SmartRecruiters//Interview Scheduler//EN"
TEAMTAILOR = "-//Teamtailor//Teamtailor Calendar//EN"
ICIMS = "-//iCIMS//iCIMS Talent Cloud//EN"
RECRUITEE = "-//Recruitee//Recruitee Calendar//EN"
JOIN = "-//JOIN Solutions AG//JOIN//DE"
ZOOMP = "-//zoom.us//iCalendar Event//EN"


def teams(lang: str, mid: str) -> str:
    """Given a language and meeting id returns Teams join boilerplate in that language."""
    head = {"en": "Microsoft Teams meeting\n"
                  "Join on your computer, mobile app or room device\nClick here to join the meeting",
            "de": "Microsoft Teams-Besprechung\n"
                  "Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil\n"
                  "Klicken Sie hier, um an der Besprechung teilzunehmen",
            "fr": "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
                  "Cliquez ici pour rejoindre la réunion",
            "es": "Reunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala\n"
                  "Haga clic aquí para unirse a la reunión"}[lang]
    return (f"{'_' * 60}\n{head}\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0\n"
            f"Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} 4\nPasscode: Xq7{mid[:3]}\n{'_' * 60}")


def zoom(mid: str, pwd: str) -> str:
    """Given a meeting id and passcode returns Zoom join boilerplate."""
    return (f"Join Zoom Meeting\nhttps://us06web.zoom.us/j/{mid}?pwd={pwd}\n\n"
            f"Meeting ID: {mid[:3]} {mid[3:7]} {mid[7:]}\n"
            f"Passcode: {pwd[:6]}\n\nOne tap mobile\n+34917873431,,{mid}# Spain\n+33170372246,,{mid}# France")


def meet(code: str, lang: str = "en") -> str:
    """Given a Meet code returns Google Meet boilerplate as Google Calendar writes it."""
    label = {"en": "Join with Google Meet", "de": "Mit Google Meet teilnehmen", "fr": "Participer avec Google Meet",
             "es": "Unirse con Google Meet"}[lang]
    foot = {"en": "Invitation from Google Calendar", "de": "Einladung von Google Kalender",
            "fr": "Invitation de Google Agenda", "es": "Invitación de Google Calendar"}[lang]
    return f"-::~:~::~:~:~:~:~:~:~::~:~::-\n{label}: https://meet.google.com/{code}\n\n{foot}\n-::~:~::~:~::-"
