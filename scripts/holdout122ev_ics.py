"""Raw iCalendar helpers for the holdout122 event corpus (written blind, by hand).

Nothing here serialises through a library: every line is composed as text, folded at 75 octets and joined
with CRLF, the way the calendar tools themselves write it.
"""

from __future__ import annotations

from dataclasses import dataclass

CRLF = "\r\n"
SPLIT = "holdout122"

USER = "Inés Navarro Ruiz"
GMAIL = "ines.navarro.loc@gmail.com"
WORK = "inavarro@babeltrans-malaga.es"

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iOS 17.5.1//EN"
MACOS = "-//Apple Inc.//macOS 14.4//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


@dataclass
class Ev:
    kind: str
    uid: str
    text: str
    is_interview: int
    company: str = ""
    role: str = ""
    stage: str = ""
    interviewers: str = ""
    trap: str = ""


def pos(kind: str, uid: str, text: str, company: str, role: str, stage: str, ivs: str, trap: str = "") -> Ev:
    return Ev(kind, uid, text, 1, company, role, stage, ivs, trap or kind)


def neg(kind: str, uid: str, text: str, trap: str = "") -> Ev:
    return Ev(kind, uid, text, 0, trap=trap or kind)


def t(text: str) -> str:
    """Escape a TEXT value (backslash, semicolon, comma, newline)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _q(value: str) -> str:
    return f'"{value}"' if any(c in value for c in ",;:") else value


def fold(line: str) -> str:
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
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
    return (CRLF + " ").join(out)


def att(
    email: str,
    cn: str | None = None,
    role: str = "REQ-PARTICIPANT",
    ps: str = "NEEDS-ACTION",
    rsvp: str | None = "TRUE",
    cutype: str | None = "INDIVIDUAL",
    extra: str = "",
    mailto: str = "mailto:",
) -> str:
    p = "ATTENDEE"
    if cutype:
        p += f";CUTYPE={cutype}"
    p += f";ROLE={role};PARTSTAT={ps}"
    if rsvp:
        p += f";RSVP={rsvp}"
    if cn:
        p += f";CN={_q(cn)}"
    p += extra
    return f"{p}:{mailto}{email}"


def org(email: str, cn: str | None = None, sent_by: str | None = None, mailto: str = "mailto:") -> str:
    p = "ORGANIZER"
    if cn:
        p += f";CN={_q(cn)}"
    if sent_by:
        p += f';SENT-BY="mailto:{sent_by}"'
    return f"{p}:{mailto}{email}"


def dt(name: str, tzid: str, value: str) -> str:
    return f"{name};TZID={_q(tzid)}:{value}"


# tzid -> (standard offset, daylight offset, standard name, daylight name, x-lic-location or None)
_ZONES: dict[str, tuple[str, str, str, str, str | None]] = {
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST", "Europe/Madrid"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "Europe/Berlin"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST", "Europe/Paris"),
    "Europe/Brussels": ("+0100", "+0200", "CET", "CEST", "Europe/Brussels"),
    "Europe/Amsterdam": ("+0100", "+0200", "CET", "CEST", "Europe/Amsterdam"),
    "Europe/Oslo": ("+0100", "+0200", "CET", "CEST", "Europe/Oslo"),
    "Europe/Stockholm": ("+0100", "+0200", "CET", "CEST", "Europe/Stockholm"),
    "Europe/Copenhagen": ("+0100", "+0200", "CET", "CEST", "Europe/Copenhagen"),
    "Europe/Zurich": ("+0100", "+0200", "CET", "CEST", "Europe/Zurich"),
    "Europe/Rome": ("+0100", "+0200", "CET", "CEST", "Europe/Rome"),
    "Europe/Vienna": ("+0100", "+0200", "CET", "CEST", "Europe/Vienna"),
    "Europe/Warsaw": ("+0100", "+0200", "CET", "CEST", "Europe/Warsaw"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST", "Europe/London"),
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST", "Europe/Dublin"),
    "Europe/Lisbon": ("+0000", "+0100", "WET", "WEST", "Europe/Lisbon"),
    "Europe/Helsinki": ("+0200", "+0300", "EET", "EEST", "Europe/Helsinki"),
    "Europe/Tallinn": ("+0200", "+0300", "EET", "EEST", "Europe/Tallinn"),
    "Romance Standard Time": ("+0100", "+0200", "Romance Standard Time", "Romance Daylight Time", None),
    "W. Europe Standard Time": ("+0100", "+0200", "W. Europe Standard Time", "W. Europe Daylight Time", None),
    "GMT Standard Time": ("+0000", "+0100", "GMT Standard Time", "GMT Daylight Time", None),
    "FLE Standard Time": ("+0200", "+0300", "FLE Standard Time", "FLE Daylight Time", None),
    "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris": ("+0100", "+0200", "Romance Standard Time",
                                                         "Romance Daylight Time", None),
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": ("+0100", "+0200", "W. Europe Standard Time",
                                                                      "W. Europe Daylight Time", None),
    "(UTC+00:00) Dublin, Edinburgh, Lisbon, London": ("+0000", "+0100", "GMT Standard Time",
                                                       "GMT Daylight Time", None),
}


def vtimezone(tzid: str) -> list[str]:
    std, dst, sname, dname, lic = _ZONES[tzid]
    if lic is None:  # Outlook / Exchange style
        return [
            "BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T030000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE",
        ]
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{lic}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dname}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sname}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def cal(
    prodid: str,
    events: list[list[str]],
    method: str | None = "REQUEST",
    tzs: tuple[str, ...] = (),
    xprops: tuple[str, ...] = (),
    calscale: bool = True,
) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if calscale:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(xprops)
    for tz in tzs:
        lines += vtimezone(tz)
    for ev in events:
        lines += ["BEGIN:VEVENT", *ev, "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(x) + CRLF for x in lines)


def one(prodid: str, props: list[str], **kw: object) -> str:
    return cal(prodid, [props], **kw)  # type: ignore[arg-type]


TEAMS_EN = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
    "Meeting ID: {mid}\nPasscode: {pc}\nDownload Teams | Join on the web\n"
    "Learn More | Meeting options\n"
    "________________________________________________________________________________"
)
TEAMS_ES = (
    "________________________________________________________________________________\n"
    "Reunión de Microsoft Teams\nÚnase a través de su ordenador, aplicación móvil o dispositivo de sala\n"
    "Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
    "Id. de reunión: {mid}\nCódigo de acceso: {pc}\nDescargar Teams | Unirse en la web\n"
    "Más información | Opciones de reunión\n"
    "________________________________________________________________________________"
)
TEAMS_DE = (
    "________________________________________________________________________________\n"
    "Microsoft Teams-Besprechung\nNehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil\n"
    "Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/"
    "19%3ameeting_{id}%40thread.v2/0>\n"
    "Besprechungs-ID: {mid}\nKennung: {pc}\nTeams herunterladen | Im Web beitreten\n"
    "Weitere Infos | Besprechungsoptionen\n"
    "________________________________________________________________________________"
)


def teams(tmpl: str, seed: str, mid: str, pc: str) -> str:
    return tmpl.format(id=seed, mid=mid, pc=pc)


def meet(code: str, lang: str = "en", phone: str = "+34 910 48 27 15", pin: str = "318 904 227#") -> str:
    if lang == "es":
        return (
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"Únete con Google Meet: https://meet.google.com/{code}\n\nO llama al: (ES) {phone} PIN: {pin}\n"
            f"Más números de teléfono: https://tel.meet/{code}?pin=1\n\n"
            "Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
        )
    return (
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        f"Join with Google Meet: https://meet.google.com/{code}\n\nOr dial: (ES) {phone} PIN: {pin}\n"
        f"More phone numbers: https://tel.meet/{code}?pin=1\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def zoom(mid: str, pwd: str, host: str = "us06web", lang: str = "en") -> str:
    num = mid.replace(" ", "")
    if lang == "es":
        return (
            f"Unirse a la reunión Zoom\nhttps://{host}.zoom.us/j/{num}?pwd={pwd}\n\n"
            f"ID de reunión: {mid}\nCódigo de acceso: {pwd[:6]}\n\n"
            f"Móvil con un toque\n+34917873431,,{num}# España"
        )
    return (
        f"Join Zoom Meeting\nhttps://{host}.zoom.us/j/{num}?pwd={pwd}\n\n"
        f"Meeting ID: {mid}\nPasscode: {pwd[:6]}\n\n---\n\nOne tap mobile\n+442034815240,,{num}# United Kingdom"
    )


def google_meet_props(code: str) -> list[str]:
    return [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}"]
